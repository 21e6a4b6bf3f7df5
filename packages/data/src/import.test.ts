import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATASETS } from './datasets.ts';
import { ImportError, importDatasets } from './import.ts';
import { readManifest } from './manifest.ts';
import { openStore, type Store } from './store.ts';
import {
  needsSharedData,
  sharedDataAvailable,
  sharedDataDir,
  tempDir,
} from './testing/shared-data.ts';

const count = async (store: Store, sql: string) =>
  Number((await store.connection.runAndReadAll(sql)).getRowObjectsJS()[0]?.n);

describe.skipIf(!sharedDataAvailable)(`importDatasets on the shared data${needsSharedData}`, () => {
  let dbPath: string;
  let store: Store;

  beforeAll(async () => {
    dbPath = join(await tempDir('import'), 'casus.duckdb');
    await importDatasets({ dir: sharedDataDir, dbPath });
    store = await openStore(dbPath, { readOnly: true });
  });
  afterAll(() => store?.close());

  it('records every file in the manifest with its pinned sha256 and row count', async () => {
    const manifest = await readManifest(store.connection);
    const files = DATASETS.flatMap((d) => d.files);
    expect(manifest).toHaveLength(files.length);
    for (const file of files) {
      const entry = manifest.find((e) => e.file === file.path);
      expect(entry).toMatchObject({ sha256: file.sha256, pinned: true, rows: file.rows });
    }
  });

  it('loads the tables with the release row counts', async () => {
    expect(await count(store, 'SELECT count(*) n FROM atop_alliances')).toBe(789);
    expect(await count(store, 'SELECT count(*) n FROM atop_members')).toBe(2510);
    expect(await count(store, 'SELECT count(*) n FROM atop_ddyr')).toBe(273_296);
    expect(await count(store, 'SELECT count(*) n FROM cow_nmc')).toBe(15_951);
    expect(await count(store, 'SELECT count(*) n FROM cow_nmc7')).toBe(17_121);
    expect(await count(store, 'SELECT count(*) n FROM cow_states')).toBe(243);
    expect(await count(store, 'SELECT count(*) n FROM cow_wars')).toBe(95);
    expect(await count(store, 'SELECT count(*) n FROM cow_mid_participants')).toBe(5883);
  });

  it('knows the US–Japan 1960 alliance: ATOP 3375, asymmetric defence', async () => {
    const rows = (
      await store.connection.runAndReadAll(
        'SELECT member, defense FROM atop_members WHERE atopid = 3375 ORDER BY member',
      )
    ).getRowObjectsJS();
    expect(rows).toEqual([
      { member: 2, defense: 1n },
      { member: 740, defense: 0n },
    ]);
  });

  it('reads NMC missing values (-9) as NULL', async () => {
    expect(await count(store, 'SELECT count(*) n FROM cow_nmc WHERE milex = -9 OR cinc = -9')).toBe(
      0,
    );
    expect(
      await count(store, 'SELECT count(*) n FROM cow_nmc WHERE milex IS NULL'),
    ).toBeGreaterThan(0);
  });

  it('re-importing gives the same tables and manifest, not duplicates', async () => {
    const again = join(await tempDir('reimport'), 'casus.duckdb');
    await importDatasets({ dir: sharedDataDir, dbPath: again });
    await importDatasets({ dir: sharedDataDir, dbPath: again });
    const second = await openStore(again, { readOnly: true });
    expect(await readManifest(second.connection)).toHaveLength(
      DATASETS.flatMap((d) => d.files).length,
    );
    expect(await count(second, 'SELECT count(*) n FROM atop_ddyr')).toBe(273_296);
    second.close();
  });
});

describe.skipIf(!sharedDataAvailable)(`bad input changes nothing${needsSharedData}`, () => {
  let dir: string;
  let dbPath: string;
  const earlier = new Date('2001-02-03T04:05:06Z');

  beforeAll(async () => {
    const root = await tempDir('bad');
    dir = join(root, 'data');
    dbPath = join(root, 'casus.duckdb');
    await mkdir(join(dir, 'cow'), { recursive: true });
    await copyFile(
      join(sharedDataDir, 'cow', 'majors2016.csv'),
      join(dir, 'cow', 'majors2016.csv'),
    );
    await importDatasets({ dir, dbPath, now: () => earlier });
  });

  const manifestTimes = async () => {
    const store = await openStore(dbPath, { readOnly: true });
    const times = (await readManifest(store.connection)).map((e) => e.importedAt);
    store.close();
    return times;
  };

  it('rejects a file cut mid-row, naming file, line and column', async () => {
    const file = join(dir, 'cow', 'majors2016.csv');
    const lines = (await readFile(join(sharedDataDir, 'cow', 'majors2016.csv'), 'utf8')).split(
      '\n',
    );
    await writeFile(file, `${lines.slice(0, 10).join('\n')}\n${lines[10]!.slice(0, 12)}`);
    const error = await importDatasets({ dir, dbPath }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    const [issue] = (error as ImportError).issues;
    expect(issue).toMatchObject({ file, line: 11, column: 13 });
    expect((error as Error).message).toContain(`${file}:11:13`);
    expect(await manifestTimes()).toEqual([earlier.toISOString()]);
    expect(existsSync(`${dbPath}.tmp-${process.pid}`)).toBe(false);
  });

  it('rejects a value of the wrong type, naming its line and column', async () => {
    const file = join(dir, 'cow', 'majors2016.csv');
    const text = await readFile(join(sharedDataDir, 'cow', 'majors2016.csv'), 'utf8');
    await writeFile(file, text.replace('USA,2,1898', 'USA,2,18x8'));
    const error = (await importDatasets({ dir, dbPath }).catch((e: unknown) => e)) as ImportError;
    expect(error).toBeInstanceOf(ImportError);
    expect(error.issues[0]).toMatchObject({ file, column: 7 });
    expect(error.issues[0]?.line).toBeGreaterThan(1);
    expect(error.issues[0]?.message).toContain('styear');
    expect(await manifestTimes()).toEqual([earlier.toISOString()]);
  });

  const majors = () => readFile(join(sharedDataDir, 'cow', 'majors2016.csv'), 'utf8');
  const refusal = async (text: string) => {
    const file = join(dir, 'cow', 'majors2016.csv');
    await writeFile(file, text);
    const error = (await importDatasets({ dir, dbPath }).catch((e: unknown) => e)) as ImportError;
    expect(error).toBeInstanceOf(ImportError);
    expect(await manifestTimes()).toEqual([earlier.toISOString()]);
    return { file, issue: error.issues[0] };
  };

  it('rejects a header-only file instead of replacing 14 rows with none', async () => {
    const text = await majors();
    const { file, issue } = await refusal(text.slice(0, text.indexOf('\n') + 1));
    expect(issue).toMatchObject({ file, line: 2, column: 1 });
    expect(issue?.message).toContain('a header but no rows');
  });

  it('rejects a file cut right after a comma', async () => {
    const text = await majors();
    const { file, issue } = await refusal(text.slice(0, text.lastIndexOf(',') + 1));
    expect(issue).toMatchObject({ file, line: text.split('\n').length });
    expect(issue?.message).toContain('ends right after a comma');
  });

  it('rejects mixed line ends, naming the first line that differs', async () => {
    const lines = (await majors()).split('\r\n');
    const { file, issue } = await refusal(
      `${lines.slice(0, 5).join('\r\n')}\r\n${lines.slice(5).join('\n')}`,
    );
    expect(issue).toMatchObject({ file, line: 6 });
    expect(issue?.message).toContain('mixes line ends');
  });

  it('rejects a folder with no dataset files', async () => {
    const empty = await tempDir('empty');
    await expect(importDatasets({ dir: empty, dbPath })).rejects.toThrow(/no dataset files/);
  });
});

describe.skipIf(!sharedDataAvailable)(`a UTF-8 byte-order mark${needsSharedData}`, () => {
  it('is no part of the first column (stateabb): the file imports', async () => {
    const root = await tempDir('bom');
    await mkdir(join(root, 'cow'));
    const text = await readFile(join(sharedDataDir, 'cow', 'system2016.csv'), 'utf8');
    await writeFile(join(root, 'cow', 'system2016.csv'), `\ufeff${text}`);
    const dbPath = join(root, 'casus.duckdb');
    const report = await importDatasets({ dir: root, dbPath });
    expect(report.imported[0]).toMatchObject({
      dataset: 'cow-system',
      rows: 15_951,
      pinned: false,
    });
    const store = await openStore(dbPath, { readOnly: true });
    const usa = await store.connection.runAndReadAll(
      "SELECT count(*)::INTEGER AS n FROM cow_system WHERE stateabb = 'USA'",
    );
    store.close();
    expect(usa.getRowObjectsJS()).toEqual([{ n: 201 }]);
  });
});
