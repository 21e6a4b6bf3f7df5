/** A fast structural check of a CSV file: header columns, fields per row and quoting, with line and column of the first fault. */
import { gunzipSync } from 'node:zlib';
import type { Issue } from '@casus/core';
import { readInput } from '../input-file.ts';
import { csvIssue } from './issue.ts';

export interface CsvShape {
  header: string[];
  /** Data rows, header and blank lines excluded. */
  rows: number;
  /**
   * Where the file ends right after a comma with no line end, as a download or copy cut short
   * does; the importer refuses it unless the file is the pinned one.
   */
  cutAfterComma?: { line: number; column: number };
}

type LineEnd = '\\r\\n' | '\\n' | '\\r' | 'none';

const QUOTE = 34;
const COMMA = 44;
const CR = 13;
const LF = 10;

interface Row {
  fields: string[];
  line: number;
  /** 1-based column of each field's first character, then of the end of the row. */
  starts: number[];
  end: LineEnd;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** Splits the file into rows of fields, honouring quotes and \n, \r\n or lone \r line ends. */
function* rowsOf(
  bytes: Buffer,
): Generator<Row | { unterminated: { line: number; column: number } }> {
  let line = 1;
  let lineStart = 0;
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const row: Row = { fields: [], line, starts: [], end: 'none' };
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
      const cr = bytes[i] === CR;
      if (cr) i++;
      const lf = bytes[i] === LF;
      if (lf) i++;
      row.end = cr && lf ? '\\r\\n' : cr ? '\\r' : lf ? '\\n' : 'none';
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
  const raw = readInput(file, Number.POSITIVE_INFINITY);
  // peacesciencer's largest tables are stored gzip-compressed (.csv.gz); DuckDB reads them as they are.
  const read = /\.gz$/i.test(file) ? gunzipSync(raw) : raw;
  // A UTF-8 byte-order mark (as Excel writes) is no part of the first column's name.
  const bom = UTF8_BOM.every((b, k) => read[k] === b);
  const bytes = bom ? read.subarray(UTF8_BOM.length) : read;
  let header: string[] | undefined;
  let rows = 0;
  let firstEnd: LineEnd | undefined;
  let last: Row | undefined;
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
    if (row.end !== 'none') firstEnd ??= row.end;
    if (row.end !== 'none' && row.end !== firstEnd)
      return {
        ok: false,
        issue: csvIssue(
          label,
          row.line,
          row.starts[row.starts.length - 1]!,
          `this line ends with ${row.end} but line 1 with ${firstEnd}: the file mixes line ends`,
          `every line ending as line 1 does (${firstEnd}); convert the file, e.g. with dos2unix`,
        ),
      };
    last = row;
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
  const cut =
    last && last.end === 'none' && bytes[bytes.length - 1] === COMMA
      ? { line: last.line, column: last.starts[last.starts.length - 1]! }
      : undefined;
  return { ok: true, shape: { header, rows, ...(cut ? { cutAfterComma: cut } : {}) } };
}
