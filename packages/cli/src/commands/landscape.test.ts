import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCasus } from '../test-io.ts';

// methods.md §5.2: alexanderfurnas/Landscape_Theory, "Work with Axelrod", Syria 2016 (1–5 scale, p = value − 3).
const names = ['US', 'Rus', 'Syr', 'Tur', 'S.A.', 'Iran', 'ISIS', 'Hez', 'IqKrd', 'Nursa', 'Iraq'];
const sizes = [10, 10, 50, 10, 10, 20, 100, 20, 40, 10, 50];
const scale = [
  '02254211424',
  '20423313224',
  '24012414123',
  '52103223223',
  '43230113323',
  '23421025322',
  '11121202121',
  '13433520323',
  '42123313023',
  '22222222202',
  '44333213320',
];
const dir = mkdtempSync(join(tmpdir(), 'casus-landscape-'));
const file = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};
const sizeFile = file(
  'sizes.csv',
  `actor,size\n${names.map((n, i) => `${n},${sizes[i]}`).join('\n')}\n`,
);
const pairs = names.flatMap((a, i) =>
  names.slice(i + 1).map((b, d) => `${a},${b},${Number(scale[i]![i + 1 + d]) - 3}`),
);
const pFile = file('p.csv', `i,j,p\n${pairs.join('\n')}\n`);
const syria = ['--propensity', pFile, '--size', sizeFile];

describe('casus landscape: the Syria 2016 worked example from files (methods.md §5.2)', () => {
  it('answers the published global minimum, energy and per-actor s_i·F_i, the only local minimum', async () => {
    const run = await runCasus(['landscape', ...syria, '--json']);
    expect(run.code, run.stderr).toBe(0);
    const a = JSON.parse(run.stdout);
    expect(a.globalMinimum.sideB).toEqual(['Tur', 'ISIS', 'Nursa']);
    expect(a.globalMinimum.energy).toBe(-83200);
    expect(a.localMinima).toBe(1);
    expect(a.configurations).toBe(1024);
    expect(a.frustration.map((f: { weighted: number }) => f.weighted)).toEqual([
      -1900, -2200, -11500, -1500, -2100, -2400, -38000, -2200, -8800, -2100, -10500,
    ]);
    expect(a.assumptions).toEqual([]);
  });
  it('prints it for people, with the energy convention and the inputs’ hashes', async () => {
    const run = await runCasus(['landscape', ...syria]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('GLOBAL MINIMUM  E = -83,200');
    expect(run.stdout).toContain('side B: Tur, ISIS, Nursa');
    expect(run.stdout).toMatch(/propensity: file .*p\.csv \(sha256 [0-9a-f]{64}\)/);
    expect(run.stdout).toContain('ordered pairs');
  });
  it('gives E = 0, not a residue of the search’s sums, when every actor is on one side', async () => {
    // Five allies of sizes 0.1, 0.2, 0.3, 0.7 and 0.11: the search's running sums put the global
    // minimum at -1.1e-16 (printed -0.000000000000000111022); no pair crosses sides, so E is 0.
    const allies = ['A', 'B', 'C', 'D', 'E'];
    const size = file('allies-size.csv', 'A,0.1\nB,0.2\nC,0.3\nD,0.7\nE,0.11\n');
    const p = file(
      'allies-p.csv',
      allies.flatMap((a, i) => allies.slice(i + 1).map((b) => `${a},${b},1\n`)).join(''),
    );
    const args = ['landscape', '--propensity', p, '--size', size];
    const json = JSON.parse((await runCasus([...args, '--json'])).stdout);
    expect(json.globalMinimum).toMatchObject({ energy: 0, sideB: [] });
    expect(json.minima.map((m: { energy: number }) => m.energy)).toEqual([0]);
    const text = (await runCasus(args)).stdout;
    expect(text).toContain('GLOBAL MINIMUM  E = 0\n');
    expect(text).toMatch(/^1 +0 +0 *$/m);
  });
  it('takes a subset of the actors, and says which pairs it set to 0', async () => {
    const partial = file('partial.csv', 'US,Rus,1\nUS,ISIS,-2\n');
    const run = await runCasus([
      'landscape',
      '--propensity',
      partial,
      '--size',
      sizeFile,
      '--states',
      'US,Rus,ISIS',
      '--json',
    ]);
    expect(run.code, run.stderr).toBe(0);
    const a = JSON.parse(run.stdout);
    expect(a.globalMinimum.sideB).toEqual(['ISIS']);
    expect(a.assumptions).toEqual([
      '1 of 3 pairs have no row in the propensity file: p = 0 for them',
    ]);
  });
});

describe('casus landscape: bad input is answered in words, exit 1', () => {
  const refused = async (argv: string[], words: string) => {
    const run = await runCasus(['landscape', ...argv]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(words);
  };
  it('an unknown actor, with the nearest labels', () =>
    refused([...syria, '--states', 'US,Russia'], 'did you mean "Rus"'));
  it('an unknown state, with the nearest names', () =>
    refused(
      ['--year', '2016', '--states', 'USA,Rusia', '--db', join(dir, 'none.duckdb')],
      'did you mean "RUS"',
    ));
  it('similarity with no store', () =>
    refused(
      [
        ...['--propensity', 'similarity', '--year', '2016', '--states', 'USA,RUS'],
        ...['--db', join(dir, 'none.duckdb')],
      ],
      'no research-data store',
    ));
  it('no year with the store', () => refused(['--states', 'USA,RUS'], '--year is needed'));
  it('no store', () =>
    refused(
      ['--year', '2016', '--states', 'USA,RUS', '--db', join(dir, 'none.duckdb')],
      'no research-data store',
    ));
  it('a size that is not a number, with its line', () =>
    refused(
      ['--propensity', pFile, '--size', file('bad.csv', 'US,10\nRus,ten\n')],
      'line 2: "ten" is not a number',
    ));
  it('a size of 0', () =>
    refused(['--propensity', pFile, '--size', file('zero.csv', 'US,10\nRus,0\n')], 'not above 0'));
  it('a propensity row of the wrong width', () =>
    refused(
      ['--propensity', file('wide.csv', 'US,Rus\n'), '--size', sizeFile],
      'has 2 cells, not 3',
    ));
  it('an actor twice', () => refused([...syria, '--states', 'US,US,Rus'], 'US is given twice'));
  it('one actor', () => refused([...syria, '--states', 'US'], '1 actors given'));
  it('a bad --minima', () => refused([...syria, '--minima', '0'], 'from 1 to 100'));
  it('a missing file', () =>
    refused(
      ['--propensity', join(dir, 'absent.csv'), '--size', sizeFile],
      'there is no such file',
    ));
});
