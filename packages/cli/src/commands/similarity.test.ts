import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCasus } from '../test-io.ts';

const none = join(mkdtempSync(join(tmpdir(), 'casus-similarity-')), 'none.duckdb');

describe('casus similarity refuses bad input in words, with exit 1', () => {
  const refused = async (args: string[], words: string) => {
    const run = await runCasus(['similarity', ...args]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(words);
  };
  it('no year', () => refused(['--states', 'USA,GBR'], '--year is needed'));
  it('a year that is not one', () => refused(['--year', '19x0'], '"19x0" is not a year'));
  it('an unknown measure', () =>
    refused(['--year', '1960', '--measure', 'tau'], '"tau" is neither s nor s-weighted'));
  it('an unknown distance', () =>
    refused(['--year', '1960', '--distance', 'euclid'], 'absolute or squared'));
  it('an unknown reference system', () =>
    refused(['--year', '1960', '--reference', 'local'], 'global or regional'));
  it('an unknown state, with the nearest names', () =>
    refused(['--year', '1960', '--states', 'USA,Rusia'], 'did you mean "RUS"'));
  it('one state', () => refused(['--year', '1960', '--states', 'USA'], 'no pair to compare'));
  it('a state twice', () => refused(['--year', '1960', '--states', 'USA,2'], 'USA is given twice'));
  it('no store, naming the import to run', () =>
    refused(['--year', '1960', '--db', none], 'casus data import'));
});

describe('casus similarity --help', () => {
  it('names every measure, the distances and the reference systems', async () => {
    const run = await runCasus(['similarity', '--help']);
    expect(run.code).toBe(0);
    for (const word of ['s-weighted', 'kappa', 'pi', 'taub', 'squared', 'regional', '--json'])
      expect(run.stdout).toContain(word);
  });
});
