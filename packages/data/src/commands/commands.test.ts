import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDatasets } from '../import.ts';
import { openStore } from '../store.ts';
import { captureIo } from '../testing/capture-io.ts';
import { writeNmcFixtures } from '../testing/nmc-fixtures.ts';
import {
  needsSharedData,
  sharedDataAvailable,
  sharedDataDir,
  tempDir,
} from '../testing/shared-data.ts';
import { runDataFetch } from './data-fetch.ts';
import { runDataImport } from './data-import.ts';
import { runDataStatus } from './data-status.ts';
import { parseYears, runDyads } from './dyads.ts';

const capture = captureIo;

describe('data command arguments', () => {
  it('prints help and exits 0', async () => {
    const { io, out } = capture();
    expect(await runDataImport(['--help'], io)).toBe(0);
    expect(out.stdout).toContain('Usage: casus data import <dir>');
  });

  it('rejects an unknown dataset with exit 1', async () => {
    const { io, out } = capture();
    expect(await runDataImport(['dir', '--only', 'atop,nope'], io)).toBe(1);
    expect(out.stderr).toContain('unknown dataset(s) nope');
  });

  it('status of a missing database lists every dataset as missing with the command to run', async () => {
    const { io, out } = capture();
    const db = join(await tempDir('status'), 'none.duckdb');
    expect(await runDataStatus(['--db', db], io)).toBe(0);
    expect(out.stdout).toContain('atop');
    expect(out.stdout).toContain('casus data fetch --only atop');
    expect(out.stdout).toContain('15 of 15 datasets missing');
  });
});

describe.skipIf(!sharedDataAvailable)(`data import then status${needsSharedData}`, () => {
  it('refuses an import while another runs on the same store, so neither is lost', async () => {
    const db = join(await tempDir('concurrent'), 'casus.duckdb');
    const first = capture();
    const running = runDataImport([sharedDataDir, '--db', db, '--only', 'atop'], first.io);
    while (!existsSync(`${db}.lock`)) await new Promise((done) => setTimeout(done, 5));
    const second = capture();
    expect(
      await runDataImport([sharedDataDir, '--db', db, '--only', 'cow-majors'], second.io),
    ).toBe(1);
    expect(second.out.stderr).toContain('another import');
    expect(second.out.stderr).toContain(`nothing was changed in ${db}`);
    expect(await running).toBe(0);
    expect(
      await runDataImport([sharedDataDir, '--db', db, '--only', 'cow-majors'], second.io),
    ).toBe(0);
    const status = capture();
    expect(await runDataStatus(['--db', db, '--json'], status.io)).toBe(0);
    const loaded = (
      JSON.parse(status.out.stdout) as { datasets: { id: string; loaded: boolean }[] }
    ).datasets
      .filter((d) => d.loaded)
      .map((d) => d.id);
    expect(loaded).toEqual(expect.arrayContaining(['atop', 'cow-majors']));
  });

  it('imports some datasets and reports them loaded, the rest missing', async () => {
    const db = join(await tempDir('cmd'), 'casus.duckdb');
    const first = capture();
    expect(
      await runDataImport(
        [sharedDataDir, '--db', db, '--only', 'cow-states,cow-majors,cow-nmc'],
        first.io,
      ),
    ).toBe(0);
    expect(first.out.stdout).toContain('imported cow-states, cow-majors, cow-nmc');
    const status = capture();
    expect(await runDataStatus(['--db', db, '--json'], status.io)).toBe(0);
    const json = JSON.parse(status.out.stdout) as {
      datasets: { id: string; loaded: boolean; rows?: number }[];
    };
    expect(json.datasets.find((d) => d.id === 'cow-nmc')).toMatchObject({
      loaded: true,
      rows: 15_951,
    });
    expect(json.datasets.find((d) => d.id === 'atop')).toMatchObject({ loaded: false });
    const dyads = capture();
    const out = join(db, '..', 'dyads.csv');
    const code = await runDyads(
      ['--years', '1816', '--with', 'nmc,majors', '--out', out, '--db', db, '--json'],
      dyads.io,
    );
    expect(dyads.out.stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(dyads.out.stdout)).toMatchObject({ rows: 253, out });
    const lacking = capture();
    expect(
      await runDyads(['--years', '1816', '--with', 'atop', '--out', out, '--db', db], lacking.io),
    ).toBe(1);
    expect(lacking.out.stderr).toContain('lacks atop');
  });
});

describe('dyads command', () => {
  it('parses year ranges', () => {
    expect(parseYears('1816-2016')).toEqual({ from: 1816, to: 2016 });
    expect(parseYears('1914')).toEqual({ from: 1914, to: 1914 });
    expect(parseYears('2016-1816')).toBeUndefined();
  });

  it('rejects a bad --out and an unknown addition', async () => {
    const { io, out } = capture();
    expect(await runDyads(['--years', '1816-2016', '--out', 'x.xlsx'], io)).toBe(1);
    expect(await runDyads(['--years', '1816-2016', '--with', 'polity', '--out', 'x.csv'], io)).toBe(
      1,
    );
    expect(out.stderr).toContain('unknown --with polity');
    const both = ['--years', '1900', '--with', 'cowmids,gmlmids', '--out', 'x.csv'];
    expect(await runDyads(both, io)).toBe(1);
    expect(out.stderr).toContain('both add dispnum');
    const wars = ['--years', '1900', '--with', 'cowwars,cowmids', '--out', 'x.csv'];
    expect(await runDyads(wars, io)).toBe(1);
    expect(out.stderr).toContain('--with cowwars,cowmids: both add sidea1 and sidea2');
  });

  it('exits 1, before any query, when --out cannot be written (it was exit 2 from DuckDB)', async () => {
    const dir = await tempDir('dy-out');
    const cli = join(import.meta.dirname, '..', '..', '..', 'cli', 'bin', 'casus.js');
    for (const target of [join(dir, 'missing', 'd.csv'), join(dir, 'folder.csv')]) {
      if (target.endsWith('folder.csv')) mkdirSync(target);
      const r = spawnSync('node', [cli, 'dyads', '--years', '2000', '--out', target], {
        encoding: 'utf8',
        env: { ...process.env, CASUS_DB: join(dir, 'any.duckdb') },
      });
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/^--out: cannot write .*: (there is no folder|.* is a folder)/);
      expect(r.stdout).toBe('');
    }
  });

  it('names the nearest option for a misspelt one, as the other commands do', async () => {
    const { io, out } = capture();
    expect(await runDyads(['--years', '1816', '--dirceted', '--out', 'x.csv'], io)).toBe(1);
    expect(out.stderr).toMatch(/^unknown option --dirceted; did you mean "--directed"\?/);
  });

  it('exits 1, saying what the data covers, for years outside the state system (no empty file, no silent cut)', async () => {
    const dir = await tempDir('dy-years');
    const db = join(dir, 'states.duckdb');
    const store = await openStore(db);
    await store.connection.run(`CREATE TABLE cow_states AS SELECT * FROM (VALUES
      (2, DATE '1816-01-01', DATE '2016-12-31'), (200, DATE '1816-01-01', DATE '2016-12-31'),
      (220, DATE '1816-01-01', DATE '1942-11-11')) t(ccode, stdate, enddate)`);
    store.close();
    const out = join(dir, 'd.csv');
    for (const years of ['2017-2018', '1815-1816']) {
      const { io, out: text } = capture();
      expect(await runDyads(['--years', years, '--out', out, '--db', db], io)).toBe(1);
      expect(text.stderr).toContain(
        `--years ${years}: the COW state system in ${db} covers 1816-2016`,
      );
      expect(existsSync(out)).toBe(false);
    }
    const { io } = capture();
    expect(await runDyads(['--years', '1816-1817', '--out', out, '--db', db], io)).toBe(0);
    expect(readFileSync(out, 'utf8').trim().split('\n')).toHaveLength(7); // header + 3 pairs × 2 years
  });

  it('takes the nmc columns from 7.0 (peacesciencer) or, with --nmc 6.0, from 6.0, and names the release used', async () => {
    const dir = await tempDir('dy-nmc');
    const db = join(dir, 'nmc.duckdb');
    await importDatasets({
      dir: await writeNmcFixtures(join(dir, 'data')),
      dbPath: db,
      only: ['cow-nmc', 'cow-nmc7'],
    });
    const store = await openStore(db);
    await store.connection.run(`CREATE TABLE cow_states AS SELECT * FROM (VALUES
      (2, DATE '1816-01-01', DATE '2016-12-31'), (710, DATE '1950-01-01', DATE '2016-12-31'))
      t(ccode, stdate, enddate)`);
    store.close();
    const out = join(dir, 'd.csv');
    const dyads = async (...extra: string[]) => {
      const { io, out: text } = capture();
      const code = await runDyads(
        ['--years', '2016', '--with', 'nmc', '--out', out, '--db', db, ...extra],
        io,
      );
      return { code, ...text, rows: readFileSync(out, 'utf8').trim().split('\n') };
    };
    const seven = await dyads();
    expect(seven.code).toBe(0);
    expect(seven.stdout).toContain(
      "nmc columns: COW NMC 7.0 (the default, as peacesciencer's add_nmc() gives",
    );
    expect(seven.rows[1]).toMatch(/,0\.2,.*,0\.19$/);
    const six = await dyads('--nmc', '6.0', '--json');
    expect(JSON.parse(six.stdout)).toMatchObject({ rows: 1, nmc: '6.0' });
    expect(six.rows[1]).toMatch(/,0\.19,.*,0\.18$/);
    const { io, out: text } = capture();
    expect(await runDyads(['--years', '2016', '--nmc', '8', '--out', out, '--db', db], io)).toBe(1);
    expect(await runDyads(['--years', '2016', '--nmc', '7.0', '--out', out, '--db', db], io)).toBe(
      1,
    );
    expect(text.stderr).toContain('--nmc expects 6.0 or 7.0, not "8"');
    expect(text.stderr).toContain('--nmc chooses the release of the nmc columns: add --with nmc');
  });

  it('tells the user to import first when the database is missing', async () => {
    const { io, out } = capture();
    const db = join(await tempDir('dy'), 'none.duckdb');
    expect(await runDyads(['--years', '1816', '--out', 'x.csv', '--db', db], io)).toBe(1);
    expect(out.stderr).toContain('casus data import');
  });
});

describe.skipIf(!sharedDataAvailable)(`data fetch from a folder mirror${needsSharedData}`, () => {
  it('fetches with --mirror and prints the next step', async () => {
    const { io, out } = capture();
    const dir = join(await tempDir('fetchcmd'), 'data');
    expect(
      await runDataFetch(['--only', 'cow-majors', '--dir', dir, '--mirror', sharedDataDir], io),
    ).toBe(0);
    expect(out.stdout).toContain(`next: casus data import ${dir}`);
  });

  it('rejects a malformed --url', async () => {
    const { io, out } = capture();
    expect(await runDataFetch(['--url', 'nonsense'], io)).toBe(1);
    expect(out.stderr).toContain('--url expects path=URL');
  });
});
