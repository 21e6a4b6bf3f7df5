/** A fast structural check of a CSV file: header columns, fields per row and quoting, with line and column of the first fault. */
import type { Issue } from '@casus/core';
import { readInput } from '../input-file.ts';
import { csvIssue } from './issue.ts';

export interface CsvShape {
  header: string[];
  /** Data rows, header and blank lines excluded. */
  rows: number;
}

const QUOTE = 34;
const COMMA = 44;
const CR = 13;
const LF = 10;

interface Row {
  fields: string[];
  line: number;
  /** 1-based column of each field's first character, then of the end of the row. */
  starts: number[];
}

/** Splits the file into rows of fields, honouring quotes and \n, \r\n or lone \r line ends. */
function* rowsOf(
  bytes: Buffer,
): Generator<Row | { unterminated: { line: number; column: number } }> {
  let line = 1;
  let lineStart = 0;
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const row: Row = { fields: [], line, starts: [] };
    let ended = false;
    while (!ended) {
      row.starts.push(i - lineStart + 1);
      let value = '';
      if (bytes[i] === QUOTE) {
        const open = { line, column: i - lineStart + 1 };
        let j = i + 1;
        for (;;) {
          if (j >= n) {
            yield { unterminated: open };
            return;
          }
          if (bytes[j] === QUOTE) {
            if (bytes[j + 1] === QUOTE) j += 2;
            else break;
          } else {
            if (bytes[j] === LF || (bytes[j] === CR && bytes[j + 1] !== LF)) {
              line++;
              lineStart = j + 1;
            }
            j++;
          }
        }
        value = bytes.toString('utf8', i + 1, j).replaceAll('""', '"');
        i = j + 1;
      } else {
        let j = i;
        while (j < n && bytes[j] !== COMMA && bytes[j] !== LF && bytes[j] !== CR) j++;
        value = bytes.toString('utf8', i, j);
        i = j;
      }
      row.fields.push(value);
      if (i < n && bytes[i] === COMMA) {
        i++;
        continue;
      }
      row.starts.push(i - lineStart + 1);
      if (bytes[i] === CR) i++;
      if (bytes[i] === LF) i++;
      line++;
      lineStart = i;
      ended = true;
    }
    yield row;
  }
}

/**
 * Checks that `file` has every required column and the same number of fields on every row.
 * Returns the shape, or the first fault as an issue with file, line and column.
 * @example await checkCsvShape('cow/majors2016.csv', ['ccode', 'styear']) // {ok: true, shape: {header: [...], rows: 14}}
 */
export async function checkCsvShape(
  file: string,
  required: readonly string[],
  label = file,
): Promise<{ ok: true; shape: CsvShape } | { ok: false; issue: Issue }> {
  const bytes = readInput(file, Number.POSITIVE_INFINITY);
  let header: string[] | undefined;
  let rows = 0;
  for (const row of rowsOf(bytes)) {
    if ('unterminated' in row) {
      const { line, column } = row.unterminated;
      return {
        ok: false,
        issue: csvIssue(
          label,
          line,
          column,
          'a quoted field is never closed: the file is truncated',
          'a closing "',
        ),
      };
    }
    if (row.fields.length === 1 && row.fields[0] === '') continue;
    if (!header) {
      header = row.fields;
      const missing = required.filter((c) => !header?.includes(c));
      if (missing.length > 0) {
        return {
          ok: false,
          issue: csvIssue(
            label,
            1,
            1,
            `the header lacks column(s) ${missing.join(', ')}`,
            `a header with ${required.join(', ')}`,
          ),
        };
      }
      continue;
    }
    if (row.fields.length !== header.length) {
      const short = row.fields.length < header.length;
      const column = short ? row.starts[row.starts.length - 1]! : row.starts[header.length]!;
      const message = short
        ? `the row ends after ${row.fields.length} of ${header.length} fields (missing "${header[row.fields.length]}"): the row is cut short`
        : `the row has ${row.fields.length} fields, the header ${header.length}`;
      return {
        ok: false,
        issue: csvIssue(
          label,
          row.line,
          column,
          message,
          `${header.length} comma-separated fields`,
        ),
      };
    }
    rows++;
  }
  if (!header)
    return { ok: false, issue: csvIssue(label, 1, 1, 'the file is empty', 'a header line') };
  return { ok: true, shape: { header, rows } };
}
