/** The calibration to show beside an answer: the reliability file's own when it is a fitted file, else the library's fitted file's. */
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { type ModelCalibration, parseFittedReliability, type Result } from '@casus/core';
import { fittedReliabilityFile, sha } from './context.ts';

const shown = (path: string) => relative(process.cwd(), path) || path;

/**
 * The used reliability file's calibration if it is a fitted file; otherwise that of the library's
 * fitted file (null without one), so the hand-set model's answers can show it labelled as such.
 * A fitted file that does not parse is an error with its located issues.
 * @example readModelCalibration(ctx.paramsFile, ctx.libraryDir) // {ok: true, value: {file, sha256, command, calibration}}
 */
export function readModelCalibration(
  usedFile: string,
  libraryDir: string,
): Result<ModelCalibration | null> {
  const read = (path: string) => {
    const text = readFileSync(path, 'utf8');
    return { text, parsed: parseFittedReliability(text, shown(path)) };
  };
  const used = existsSync(usedFile) ? read(usedFile) : undefined;
  const fitted = used?.parsed.ok ? { path: usedFile, ...used } : undefined;
  const library = fittedReliabilityFile(libraryDir);
  const source = fitted ?? (existsSync(library) ? { path: library, ...read(library) } : undefined);
  if (!source) return { ok: true, value: null, issues: [] };
  if (!source.parsed.ok) return { ok: false, issues: source.parsed.issues };
  const { fit, calibration } = source.parsed.value;
  return {
    ok: true,
    issues: [],
    value: {
      file: shown(source.path),
      sha256: sha(source.text),
      command: fit.command,
      calibration,
    },
  };
}
