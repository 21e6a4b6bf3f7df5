/** Everything a simulation answer depends on, read from disk once: the library, the reliability model, their hashes. */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  type AnswerHeader,
  type DeterrenceInputs,
  formatIssue,
  type Issue,
  type Library,
  loadLibrary,
  parameterValues,
  parseReliabilityParams,
  presentDayInputs,
  type ReliabilityParams,
  type Result,
  type Scenario,
} from '@casus/core';
import { readYamlFiles } from '@casus/data';
import type { Io } from '../command.ts';
import { defaultLibraryDir } from '../library-files.ts';

export interface SimContext {
  library: Library;
  libraryDir: string;
  /** sha256 over the library's YAML files (paths and text, in path order), first 16 hex digits. */
  libraryHash: string;
  params: ReliabilityParams;
  paramsFile: string;
  paramsHash: string;
  inputs: DeterrenceInputs;
  /** What `inputs` are, in words, for the model stamp. */
  capabilitySource: string;
  /** With --atop: the ATOP alliances added for the scenario's date. */
  history?: AnswerHeader['history'];
}

const sha = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

/** The default reliability model: library/models/reliability.yaml. */
export const defaultReliabilityFile = (libraryDir = defaultLibraryDir()) =>
  join(libraryDir, 'models', 'reliability.yaml');

/**
 * Loads the library and the reliability parameters; every problem as a located issue.
 * @example loadSimContext({}).ok // true
 */
export function loadSimContext(options: {
  reliability?: string | undefined;
  libraryDir?: string | undefined;
}): Result<SimContext> {
  const libraryDir = options.libraryDir ?? defaultLibraryDir();
  const files = readYamlFiles(libraryDir).filter((f) => !f.path.includes(`models`));
  const lib = loadLibrary(files);
  const paramsFile = options.reliability ?? defaultReliabilityFile(libraryDir);
  if (!existsSync(paramsFile)) return { ok: false, issues: [missing(paramsFile)] };
  const text = readFileSync(paramsFile, 'utf8');
  const params = parseReliabilityParams(text, relative(process.cwd(), paramsFile) || paramsFile);
  if (!lib.ok || !params.ok) return { ok: false, issues: [...lib.issues, ...params.issues] };
  const libraryHash = sha(
    files
      .map((f) => `${f.path.replaceAll('\\', '/').split('/').slice(-2).join('/')}\0${f.text}\0`)
      .join(''),
  );
  return {
    ok: true,
    issues: [],
    value: {
      library: lib.value,
      libraryDir,
      libraryHash,
      params: params.value,
      paramsFile: relative(process.cwd(), paramsFile) || paramsFile,
      paramsHash: sha(text),
      inputs: presentDayInputs(),
      capabilitySource:
        'present-day proxy share (core/src/data/capability-proxy.ts), distance-discounted by the EUGene loss-of-strength gradient from each capital',
    },
  };
}

/**
 * The simulation context, or undefined after printing why it could not be loaded.
 * @example const ctx = simContextOrExit(io, {reliability: flags.reliability}); if (!ctx) return EXIT.badInput;
 */
export function simContextOrExit(
  io: Io,
  options: Parameters<typeof loadSimContext>[0],
): SimContext | undefined {
  const loaded = loadSimContext(options);
  if (loaded.ok) return loaded.value;
  io.stderr(loaded.issues.map(formatIssue).join('\n\n'));
  return undefined;
}

const missing = (file: string): Issue => ({
  code: 'invalid_value',
  severity: 'error',
  file,
  pointer: '',
  message: `no reliability parameters at ${file}`,
  expected: 'a YAML file like library/models/reliability.yaml',
});

/** The model as printed with every answer: parameter values, file and hash, library hash. */
export function modelStamp(ctx: SimContext) {
  return {
    reliability: {
      file: ctx.paramsFile,
      sha256: ctx.paramsHash,
      form: 'logit(p) = logit(base) + response + depth + distance + capability',
      values: parameterValues(ctx.params),
    },
    library: { dir: relative(process.cwd(), ctx.libraryDir) || '.', sha256: ctx.libraryHash },
    capability: ctx.capabilitySource,
    ...(ctx.history ? { history: ctx.history } : {}),
    majorPowers: 'COW majors2016 (USA, GBR, FRA, DEU, RUS, CHN, JPN), carried past 2016',
  };
}

/** Scenarios of a battery: a folder of scenario YAML, a scenario YAML file, or a file listing scenario paths (one per line). */
export function readBattery(path: string, library: Library): Result<Scenario[]> {
  if (!existsSync(path)) return batteryError(path, `no battery at ${path}`);
  const paths = statSync(path).isDirectory()
    ? readYamlFiles(path).map((f) => f.path)
    : /\.ya?ml$/i.test(path)
      ? [path]
      : readFileSync(path, 'utf8')
          .split('\n')
          .map((l) => l.trim())
          .filter((l) => l && !l.startsWith('#'));
  if (paths.length === 0) return batteryError(path, `no scenarios in the battery ${path}`);
  const scenarios: Scenario[] = [];
  const issues: Issue[] = [];
  for (const p of paths) {
    const id = p
      .split(/[\\/]/)
      .pop()!
      .replace(/\.ya?ml$/, '');
    const s = library.scenarios.get(id);
    if (s) scenarios.push(s);
    else
      issues.push({
        ...missing(p),
        code: 'invalid_value',
        message: `scenario "${id}" is not in the library`,
        expected: 'a scenario file under library/scenarios',
      });
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: scenarios, issues: [] };
}

const batteryError = (file: string, message: string): Result<Scenario[]> => ({
  ok: false,
  issues: [
    {
      code: 'invalid_value',
      severity: 'error',
      file,
      pointer: '',
      message,
      expected:
        'a folder of scenario YAML (e.g. library/scenarios), a scenario file, or a file listing scenario paths, one per line',
    },
  ],
});
