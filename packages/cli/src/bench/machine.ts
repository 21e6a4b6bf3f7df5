/** The header every bench table carries: the machine, the Node version, the date, the commit and the library measured. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { join } from 'node:path';
import { libraryVersion } from '@casus/core';
import { readYamlFiles } from '@casus/data';
import { defaultLibraryDir } from '../library-files.ts';
import { repoDir } from './casus-process.ts';

export interface Machine {
  /** Cores this process may use (os.availableParallelism), and the logical CPUs the machine has. */
  cores: number;
  cpus: number;
  cpuModel: string;
  node: string;
  platform: string;
  /** When the figures were taken, ISO 8601 (UTC). */
  date: string;
  /** `git describe`-like: the short commit, "+ uncommitted changes" when the tree differs; null outside a checkout. */
  commit: string | null;
  casusVersion: string;
  /** core's libraryVersion of the library files measured. */
  libraryVersion: string;
}

function gitCommit(): string | null {
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: repoDir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  try {
    const head = git('rev-parse', '--short', 'HEAD').trim();
    return git('status', '--porcelain').trim() ? `${head} + uncommitted changes` : head;
  } catch {
    return null;
  }
}

/**
 * Describes this machine and what is measured on it.
 * @example describeMachine().cores // 2
 */
export function describeMachine(): Machine {
  const cpu = cpus();
  const pkg = JSON.parse(readFileSync(join(repoDir, 'package.json'), 'utf8')) as {
    version: string;
  };
  return {
    cores: availableParallelism(),
    cpus: cpu.length,
    cpuModel: cpu[0]?.model.trim() ?? 'unknown',
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    date: new Date().toISOString(),
    commit: gitCommit(),
    casusVersion: pkg.version,
    libraryVersion: libraryVersion(readYamlFiles(defaultLibraryDir())),
  };
}

/**
 * The header as lines of text, printed above a bench table.
 * @example formatMachine(describeMachine()) // 'machine  2 cores (2 CPUs), AMD EPYC 7B13, linux x64, Node v20.19.0\n…'
 */
export function formatMachine(m: Machine): string {
  return [
    `machine  ${m.cores} cores (${m.cpus} CPUs), ${m.cpuModel}, ${m.platform}, Node ${m.node}`,
    `date     ${m.date}`,
    `commit   ${m.commit ?? 'not a git checkout'}, casus ${m.casusVersion}, library ${m.libraryVersion}`,
  ].join('\n');
}
