/** `casus data fetch`: download dataset files, check their sha256, and swap them into the data folder only when all are good. */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { sha256File } from '../checksum.ts';
import { DATASETS, type DatasetFile, type DatasetId } from '../datasets.ts';
import { downloadResumable } from './download.ts';
import { extractZipMember } from './zip.ts';

export interface FetchOptions {
  ids: readonly DatasetId[];
  /** The folder to fill, laid out like shared/data. */
  dataDir: string;
  /** A base URL or folder laid out like shared/data that replaces the official hosts. */
  mirror?: string;
  /** Per-file URL overrides, keyed by the file's path (e.g. "cow/majors2016.csv"). */
  urls?: Readonly<Record<string, string>>;
  onBytes?: (bytes: number, file: string) => void;
}

/** A fetch that failed: the data folder was not changed. */
export class FetchError extends Error {
  override name = 'FetchError';
}

type Source = { url: string; member?: string };

function sourceOf(file: DatasetFile, options: FetchOptions): Source {
  const override = options.urls?.[file.path];
  if (override) return { url: override };
  if (options.mirror) {
    if (/^https?:/.test(options.mirror)) {
      const base = options.mirror.endsWith('/') ? options.mirror : `${options.mirror}/`;
      return {
        url: new URL(file.path.split('/').map(encodeURIComponent).join('/'), base).toString(),
      };
    }
    return { url: join(options.mirror, file.path) };
  }
  if (!file.official) {
    throw new FetchError(
      `${file.path} has no official CSV distribution (it is a peacesciencer conversion); set CASUS_DATA_MIRROR to a copy of shared/data`,
    );
  }
  return typeof file.official === 'string' ? { url: file.official } : file.official;
}

/** Downloads (or resumes) one file into the staging folder and returns the verified staged path. */
async function stage(
  file: DatasetFile,
  source: Source,
  staging: string,
  options: FetchOptions,
): Promise<string> {
  const onBytes = (n: number) => options.onBytes?.(n, file.path);
  const staged = join(staging, `${file.path}.part`);
  if (source.member) {
    const archive = join(staging, 'archives', `${basename(new URL(source.url).pathname)}.part`);
    await downloadResumable(source.url, archive, onBytes);
    await mkdir(dirname(staged), { recursive: true });
    await writeFile(staged, extractZipMember(await readFile(archive), source.member));
  } else {
    await downloadResumable(source.url, staged, onBytes);
  }
  const sha256 = await sha256File(staged);
  if (sha256 !== file.sha256) {
    await rm(staged, { force: true });
    throw new FetchError(
      `${file.path}: sha256 ${sha256} is not the pinned ${file.sha256} (from ${source.url}); the data folder was left as it was`,
    );
  }
  return staged;
}

/**
 * Fetches every file of `ids`; when all are downloaded and verified, renames them into `dataDir`.
 * Partial downloads stay in `<dataDir>.partial/` so a later run resumes them.
 * @example await fetchDatasets({ ids: ['cow-nmc'], dataDir: '~/.local/share/casus/data', mirror: 'http://127.0.0.1:8080/' })
 */
export async function fetchDatasets(options: FetchOptions): Promise<{ files: string[] }> {
  const staging = `${options.dataDir.replace(/\/+$/, '')}.partial`;
  const files = DATASETS.filter((d) => options.ids.includes(d.id)).flatMap((d) => d.files);
  const staged: { file: DatasetFile; path: string }[] = [];
  for (const file of files) {
    const source = sourceOf(file, options);
    try {
      staged.push({ file, path: await stage(file, source, staging, options) });
    } catch (error) {
      if (error instanceof FetchError) throw error;
      throw new FetchError(error instanceof Error ? error.message : String(error));
    }
  }
  for (const { file, path } of staged) {
    const target = join(options.dataDir, file.path);
    await mkdir(dirname(target), { recursive: true });
    await rename(path, target);
  }
  if (existsSync(join(staging, 'archives')))
    await rm(join(staging, 'archives'), { recursive: true, force: true });
  return { files: staged.map((s) => join(options.dataDir, s.file.path)) };
}

/** Total bytes of the files of `ids`, for a progress bar. */
export const bytesOf = (ids: readonly DatasetId[]): number =>
  DATASETS.filter((d) => ids.includes(d.id))
    .flatMap((d) => d.files)
    .reduce((sum, f) => sum + f.bytes, 0);
