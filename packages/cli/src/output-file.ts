/** Checks, before any work, that a file named by a flag (such as --report) can be written. */
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { InputError } from './command.ts';

function problem(path: string): string | undefined {
  const full = resolve(path);
  if (existsSync(full) && statSync(full).isDirectory()) return `${path} is a folder`;
  const dir = dirname(full);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return `there is no folder ${dir}`;
  try {
    accessSync(existsSync(full) ? full : dir, constants.W_OK);
    return undefined;
  } catch {
    return `${existsSync(full) ? path : dir} is not writable`;
  }
}

/**
 * Throws an InputError naming the flag when `path` cannot be written, so a long run does not end
 * in a failed write.
 * @example assertWritable('out/report.html', '--report')
 */
export function assertWritable(path: string, flag: string): void {
  const why = problem(path);
  if (why === undefined) return;
  throw new InputError([
    {
      code: 'invalid_value',
      severity: 'error',
      file: flag,
      pointer: '',
      message: `cannot write ${path}: ${why}`,
      expected: 'a file path in an existing, writable folder, e.g. report.html',
    },
  ]);
}
