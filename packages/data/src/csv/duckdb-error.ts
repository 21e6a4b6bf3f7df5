/** Turns DuckDB's CSV error messages into issues that name the file, line and column. */
import type { Issue } from '@casus/core';
import { csvIssue } from './issue.ts';

/**
 * Reads line, column name and original line out of a DuckDB CSV error; falls back to line 1.
 * @example csvIssueFromDuckDb(err, 'cow/majors2016.csv', header) // {file: 'cow/majors2016.csv', line: 3, column: 5, ...}
 */
export function csvIssueFromDuckDb(error: unknown, file: string, header: readonly string[]): Issue {
  const text = error instanceof Error ? error.message : String(error);
  const line = Number(/Line: (\d+)/.exec(text)?.[1] ?? 1);
  const columnName = /converting column "([^"]+)"/.exec(text)?.[1];
  const original = /Original Line: (.*)/.exec(text)?.[1] ?? '';
  const fieldIndex = columnName === undefined ? -1 : header.indexOf(columnName);
  const column =
    fieldIndex < 0
      ? 1
      : original
          .split(',')
          .slice(0, fieldIndex)
          .reduce((at, field) => at + field.length + 1, 1);
  const detail = /Could not convert [^\n]*/.exec(text)?.[0] ?? text.split('\n')[0] ?? text;
  return csvIssue(
    file,
    line,
    column,
    columnName ? `column "${columnName}": ${detail}` : detail,
    "a value of the column's type, as in the official release",
  );
}
