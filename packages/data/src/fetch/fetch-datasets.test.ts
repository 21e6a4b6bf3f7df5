import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256File } from '../checksum.ts';
import { type MirrorServer, startMirror } from '../testing/mirror-server.ts';
import {
  needsSharedData,
  sharedDataAvailable,
  sharedDataDir,
  tempDir,
} from '../testing/shared-data.ts';
import { FetchError, fetchDatasets } from './fetch-datasets.ts';
import { extractZipMember } from './zip.ts';

const NMC = 'cow/NMC-60-abridged.csv';
const MAJORS = 'cow/majors2016.csv';

describe.skipIf(!sharedDataAvailable)(`fetch from a mirror on 127.0.0.1${needsSharedData}`, () => {
  let mirror: MirrorServer;
  beforeAll(async () => {
    mirror = await startMirror(sharedDataDir);
  });
  afterAll(() => mirror?.close());

  it('downloads, verifies and places the files', async () => {
    const dataDir = join(await tempDir('fetch'), 'data');
    const { files } = await fetchDatasets({
      ids: ['cow-majors', 'cow-mids'],
      dataDir,
      mirror: mirror.url,
    });
    expect(files.map((f) => f.slice(dataDir.length + 1))).toEqual([
      MAJORS,
      'cow/MIDA 5.0.csv',
      'cow/MIDB 5.0.csv',
    ]);
    expect(await sha256File(join(dataDir, MAJORS))).toBe(
      await sha256File(join(sharedDataDir, MAJORS)),
    );
  });

  it('resumes a download the server cut half-way, with a Range request', async () => {
    const dataDir = join(await tempDir('resume'), 'data');
    mirror.cutOnce.add(NMC);
    await expect(fetchDatasets({ ids: ['cow-nmc'], dataDir, mirror: mirror.url })).rejects.toThrow(
      /cut after .*resume/,
    );
    const part = `${dataDir}.partial/${NMC}.part`;
    const half = statSync(part).size;
    expect(half).toBeGreaterThan(0);
    expect(half).toBeLessThan(statSync(join(sharedDataDir, NMC)).size);
    expect(existsSync(join(dataDir, NMC))).toBe(false);
    await fetchDatasets({ ids: ['cow-nmc'], dataDir, mirror: mirror.url });
    expect(mirror.requests.at(-1)).toEqual({ path: NMC, range: `bytes=${half}-` });
    expect(await sha256File(join(dataDir, NMC))).toBe(
      '989920cc06ccb652bf8b0c537f78220463ecfe14c41295a8876e9f263e78f323',
    );
  });

  it('rejects a wrong checksum and leaves the previous data intact', async () => {
    const dataDir = join(await tempDir('badsum'), 'data');
    await fetchDatasets({ ids: ['cow-majors'], dataDir, mirror: mirror.url });
    const before = await readFile(join(dataDir, MAJORS));
    mirror.replace.set(MAJORS, Buffer.from(before.toString().replace('1898', '1899')));
    try {
      const error = await fetchDatasets({ ids: ['cow-majors'], dataDir, mirror: mirror.url }).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(FetchError);
      expect((error as Error).message).toMatch(
        /cow\/majors2016\.csv: sha256 .* is not the pinned 6ba42de1.*left as it was/,
      );
    } finally {
      mirror.replace.delete(MAJORS);
    }
    expect(await readFile(join(dataDir, MAJORS))).toEqual(before);
  });

  it('fetches NMC 7.0 (a peacesciencer conversion) from the HTTP mirror, checked against its pin', async () => {
    const dataDir = join(await tempDir('nmc7'), 'data');
    await fetchDatasets({ ids: ['cow-nmc7'], dataDir, mirror: mirror.url });
    expect(mirror.requests.at(-1)).toMatchObject({ path: 'peacesciencer/cow_nmc.csv' });
    expect(await sha256File(join(dataDir, 'peacesciencer', 'cow_nmc.csv'))).toBe(
      '45610502002144a7c02c0f9b379cdd4c9b099b54f791f88b628160503e168b68',
    );
  });

  it('takes a folder as mirror too', async () => {
    const dataDir = join(await tempDir('folder'), 'data');
    await fetchDatasets({ ids: ['cow-states'], dataDir, mirror: sharedDataDir });
    expect(existsSync(join(dataDir, 'peacesciencer', 'cow_states.csv'))).toBe(true);
  });
});

describe('fetch without a mirror', () => {
  it('refuses peacesciencer conversions, which have no official CSV', async () => {
    const dataDir = join(await tempDir('nomirror'), 'data');
    await expect(fetchDatasets({ ids: ['cow-contiguity'], dataDir })).rejects.toThrow(
      /CASUS_DATA_MIRROR/,
    );
    await expect(fetchDatasets({ ids: ['cow-nmc7'], dataDir })).rejects.toThrow(
      /peacesciencer\/cow_nmc\.csv has no official CSV distribution/,
    );
  });
});

describe('extractZipMember', () => {
  it('reads a deflated member of a zip made here', () => {
    const content = Buffer.from('a,b\n1,2\n');
    const data = deflateRawSync(content);
    const name = Buffer.from('dir/x.csv');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(content.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(content.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(0, 42);
    const centralAt = local.length + name.length + data.length;
    const eocd = Buffer.alloc(22);
    eocd.writeUInt32LE(0x06054b50, 0);
    eocd.writeUInt16LE(1, 10);
    eocd.writeUInt32LE(central.length + name.length, 12);
    eocd.writeUInt32LE(centralAt, 16);
    const zip = Buffer.concat([local, name, data, central, name, eocd]);
    expect(extractZipMember(zip, 'dir/x.csv').toString()).toBe(content.toString());
    expect(() => extractZipMember(zip, 'other.csv')).toThrow(/holds dir\/x.csv/);
  });
});
