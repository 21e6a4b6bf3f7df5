/**
 * `casus landscape`'s file inputs: propensities as CSV rows `i,j,p` and sizes as `actor,size`,
 * each with an optional header row, refused with the line and the words when malformed.
 */
import { readInputText } from '@casus/data';
import { flagIssue, InputError } from '../command.ts';

export interface SizeRow {
  actor: string;
  size: number;
}

export interface PropensityRow {
  i: string;
  j: string;
  p: number;
}

/** The data rows of a small CSV: blank lines and a header (a last cell that is no number) skipped. */
function rows(path: string, flag: string, columns: number, expected: string): [number, string[]][] {
  const lines = readInputText(path).split(/\r?\n/);
  const out: [number, string[]][] = [];
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const cells = line.split(',').map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
    if (cells.length !== columns)
      throw new InputError([
        flagIssue(
          flag,
          `${path} line ${index + 1} has ${cells.length} cells, not ${columns}`,
          expected,
        ),
      ]);
    if (index === 0 && !Number.isFinite(Number(cells[columns - 1]))) return;
    out.push([index + 1, cells]);
  });
  if (out.length === 0) throw new InputError([flagIssue(flag, `${path} has no rows`, expected)]);
  return out;
}

const number = (flag: string, path: string, line: number, text: string, expected: string) => {
  const x = text === '' ? Number.NaN : Number(text);
  if (!Number.isFinite(x))
    throw new InputError([
      flagIssue(flag, `${path} line ${line}: "${text}" is not a number`, expected),
    ]);
  return x;
};

const SIZE_FORMAT = 'CSV rows "actor,size" with size > 0, e.g. "US,10"';
const PROPENSITY_FORMAT =
  'CSV rows "i,j,p", p a number (positive to align, negative to oppose), e.g. "US,Rus,-1"';

/**
 * The sizes in a `--size FILE`, in file order; each actor once, each size a positive number.
 * @example readSizes('sizes.csv') // [{actor: 'US', size: 10}, ...]
 */
export function readSizes(path: string): SizeRow[] {
  const seen = new Set<string>();
  return rows(path, '--size', 2, SIZE_FORMAT).map(([line, [actor, text]]) => {
    const size = number('--size', path, line, text!, SIZE_FORMAT);
    if (!(size > 0))
      throw new InputError([
        flagIssue(
          '--size',
          `${path} line ${line}: the size of ${actor} is ${size}, not above 0`,
          SIZE_FORMAT,
        ),
      ]);
    if (seen.has(actor!))
      throw new InputError([
        flagIssue('--size', `${path} line ${line}: ${actor} is given twice`, SIZE_FORMAT),
      ]);
    seen.add(actor!);
    return { actor: actor!, size };
  });
}

/**
 * The propensities in a `--propensity FILE`; a pair given in one order stands for both.
 * @example readPropensities('p.csv') // [{i: 'US', j: 'Rus', p: -1}, ...]
 */
export function readPropensities(path: string): PropensityRow[] {
  return rows(path, '--propensity', 3, PROPENSITY_FORMAT).map(([line, [i, j, text]]) => {
    if (i === j)
      throw new InputError([
        flagIssue(
          '--propensity',
          `${path} line ${line}: ${i} with itself (the diagonal is not used)`,
          PROPENSITY_FORMAT,
        ),
      ]);
    return { i: i!, j: j!, p: number('--propensity', path, line, text!, PROPENSITY_FORMAT) };
  });
}
