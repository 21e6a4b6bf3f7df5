/** The simulation context as the CLI loads it (from the repository's library, or exiting with the issues), and battery files. */
import { existsSync, statSync } from 'node:fs';
import {
  formatIssue,
  type Issue,
  type Library,
  type ReliabilityParams,
  type Result,
  type Scenario,
} from '@casus/core';
import { readInputText, readYamlFiles } from '@casus/data';
import { handSetReliabilityFile, loadSimContext, type SimContext } from '@casus/runner';
import type { Io } from '../command.ts';
import { defaultLibraryDir } from '../library-files.ts';

/**
 * The simulation context of the repository's library (or $CASUS_LIBRARY), or undefined after
 * printing why it could not be loaded.
 * @example const ctx = simContextOrExit(io, {reliability: flags.reliability}); if (!ctx) return EXIT.badInput;
 */
export function simContextOrExit(
  io: Io,
  options: { reliability?: string | undefined },
): SimContext | undefined {
  const loaded = loadSimContext({ libraryDir: defaultLibraryDir(), ...options });
  if (loaded.ok) return loaded.value;
  io.stderr(loaded.issues.map(formatIssue).join('\n\n'));
  return undefined;
}

/**
 * The context on the hand-set model (`--reliability` another hand-set file), for the backtest and
 * the fit, which score the hand-set model against history and take the fit's assumptions from it.
 * @example const ctx = handSetContextOrExit(io, values.reliability); if (!ctx) return EXIT.badInput;
 */
export function handSetContextOrExit(
  io: Io,
  reliability: string | undefined,
): (SimContext & { params: ReliabilityParams }) | undefined {
  const file = reliability ?? handSetReliabilityFile(defaultLibraryDir());
  const ctx = simContextOrExit(io, { reliability: file });
  if (!ctx) return undefined;
  if (ctx.params.form === 'logistic') return { ...ctx, params: ctx.params };
  io.stderr(
    formatIssue({
      code: 'invalid_value',
      severity: 'error',
      file: ctx.paramsFile,
      pointer: '/form',
      message: `${ctx.paramsFile} is a fitted model; this command scores a hand-set one against history`,
      expected:
        'a hand-set reliability file (form: logistic), e.g. library/models/reliability.yaml',
      hint: 'casus backtest --fitted gives the fitted model’s out-of-sample p',
    }),
  );
  return undefined;
}

const batteryIssue = (file: string, message: string, expected: string): Issue => ({
  code: 'invalid_value',
  severity: 'error',
  file,
  pointer: '',
  message,
  expected,
});

const batteryError = (file: string, message: string): Result<Scenario[]> => ({
  ok: false,
  issues: [
    batteryIssue(
      file,
      message,
      'a folder of scenario YAML (e.g. library/scenarios), a scenario file, or a file listing scenario paths, one per line',
    ),
  ],
});

/** Scenarios of a battery: a folder of scenario YAML, a scenario YAML file, or a file listing scenario paths (one per line). */
export function readBattery(path: string, library: Library): Result<Scenario[]> {
  if (!existsSync(path)) return batteryError(path, `no battery at ${path}`);
  const paths = statSync(path).isDirectory()
    ? readYamlFiles(path).map((f) => f.path)
    : /\.ya?ml$/i.test(path)
      ? [path]
      : readInputText(path)
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
      issues.push(
        batteryIssue(
          p,
          `scenario "${id}" is not in the library`,
          'a scenario file under library/scenarios',
        ),
      );
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: scenarios, issues: [] };
}
