import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { R_NUMBER_MACRO } from './r-number.ts';

describe('r_num: a double as R’s write.csv() writes it', () => {
  it('matches R 4 on whole numbers, fractions, and where R turns scientific', async () => {
    const db = await DuckDBInstance.create(':memory:');
    const c = await db.connect();
    await c.run(R_NUMBER_MACRO);
    // Each pair as R prints it: as.character-free write.csv(data.frame(x = c(...))).
    const cases: [number | null, string | null][] = [
      [1657118, '1657118'], // no ".0" on a whole double
      [100000, '1e+05'], // scientific is narrower (5 characters against 6)
      [123456, '123456'],
      [0.28956637, '0.28956637'],
      [0.0001, '1e-04'],
      [0.00012, '0.00012'], // 7 characters either way: fixed wins the tie
      [0.000012, '1.2e-05'],
      [-3.5, '-3.5'],
      [0, '0'],
      [1e15, '1e+15'],
      [1 / 3, '0.333333333333333'], // 15 significant digits
      [1e-120, '1e-120'],
      [null, null],
    ];
    const values = cases.map(([x]) => `(${x === null ? 'NULL' : `${x}::DOUBLE`})`).join(', ');
    const reader = await c.runAndReadAll(`SELECT r_num(x) AS s FROM (VALUES ${values}) t(x)`);
    expect(reader.getRowObjectsJS().map((r) => r.s)).toEqual(cases.map(([, s]) => s));
  });
});
