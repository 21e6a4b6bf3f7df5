/** The one issue a CSV check reports: a value at a line and column that is not what the file should hold. */
import type { Issue } from '@casus/core';

/**
 * An `invalid_value` error located in a CSV file.
 * @example csvIssue('cow/majors2016.csv', 3, 5, 'the row has 8 fields, the header 7', '7 comma-separated fields')
 */
export const csvIssue = (
  file: string,
  line: number,
  column: number,
  message: string,
  expected: string,
): Issue => ({
  code: 'invalid_value',
  severity: 'error',
  file,
  line,
  column,
  pointer: '',
  message,
  expected,
});
