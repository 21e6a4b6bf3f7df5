/** Checks, before any work, that a file named by a flag (such as --report) can be written. */
import { whyUnwritable } from '@casus/data';
import { InputError } from './command.ts';

/**
 * Throws an InputError naming the flag when `path` cannot be written, so a long run does not end
 * in a failed write.
 * @example assertWritable('out/report.html', '--report')
 */
export function assertWritable(path: string, flag: string): void {
  const why = whyUnwritable(path);
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
