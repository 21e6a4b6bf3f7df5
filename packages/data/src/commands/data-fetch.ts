/** `casus data fetch`: download the official dataset files (or a mirror's), verified and swapped in atomically. */
import { DATASET_IDS, parseDatasetList } from '../datasets.ts';
import { bytesOf, FetchError, fetchDatasets } from '../fetch/fetch-datasets.ts';
import { defaultDataDir } from '../paths.ts';
import { type CommandIo, EXIT_BAD_INPUT, EXIT_INTERNAL, EXIT_OK } from './io.ts';
import { parseCommand } from './parse.ts';
import { startProgress } from './progress.ts';

export const DATA_FETCH_USAGE =
  'casus data fetch [--only ids] [--dir folder] [--mirror url|folder] [--url path=URL ...] [--json]';

export const DATA_FETCH_HELP = `Usage: ${DATA_FETCH_USAGE}

Downloads ATOP 5.1 and Correlates of War files, checks each against its pinned
sha256, and only when every requested file is good moves them into the data
folder: a failed or interrupted fetch leaves the previous files intact. Partial
downloads are kept in <dir>.partial/ and resumed by the next run (HTTP Range).
Official hosts distribute some files inside zips; Casus extracts them itself.
The peacesciencer conversions (cow-states, cow-contiguity, cow-capitals, democracy) have
no official CSV: fetch them from a mirror.

Then run: casus data import <dir>

Options:
  --only ids        comma-separated datasets (default: all): ${DATASET_IDS.join(', ')}
  --dir folder      where files go (default: $CASUS_DATA_DIR, else $XDG_DATA_HOME/casus/data)
  --mirror url      a base URL or folder laid out like shared/data that replaces the
                    official hosts (default: $CASUS_DATA_MIRROR)
  --url path=URL    download this file (e.g. cow/majors2016.csv) from URL; repeatable
  --json            print the fetched files as JSON
  -h, --help        show this help`;

const parseUrls = (entries: readonly string[]): Record<string, string> | string => {
  const urls: Record<string, string> = {};
  for (const entry of entries) {
    const at = entry.indexOf('=');
    if (at <= 0) return `--url expects path=URL, got "${entry}"`;
    urls[entry.slice(0, at)] = entry.slice(at + 1);
  }
  return urls;
};

/**
 * Runs `casus data fetch`; 0 when fetched, 1 on bad input or a failed/unverified download, 2 on an internal error.
 * @example await runDataFetch(['--only', 'cow-nmc', '--mirror', 'http://127.0.0.1:8080/'], processIo()) // 0
 */
export async function runDataFetch(args: readonly string[], io: CommandIo): Promise<number> {
  const parsed = parseCommand(args, {
    only: { type: 'string' },
    dir: { type: 'string' },
    mirror: { type: 'string' },
    url: { type: 'string', multiple: true },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  const bad = (message: string) => {
    io.stderr.write(`${message}\n${DATA_FETCH_USAGE}\n`);
    return EXIT_BAD_INPUT;
  };
  if (!parsed.ok) return bad(parsed.message);
  if (parsed.positionals.length > 0) return bad(`unexpected argument ${parsed.positionals[0]}`);
  const v = parsed.values as Record<string, string | string[] | boolean | undefined>;
  if (v.help) {
    io.stdout.write(`${DATA_FETCH_HELP}\n`);
    return EXIT_OK;
  }
  const only = parseDatasetList(v.only as string | undefined);
  if (only.unknown.length > 0) return bad(`unknown dataset(s) ${only.unknown.join(', ')}`);
  const urls = parseUrls((v.url as string[] | undefined) ?? []);
  if (typeof urls === 'string') return bad(urls);
  const env = io.env ?? {};
  const dataDir = (v.dir as string | undefined) ?? defaultDataDir(env);
  const mirror = (v.mirror as string | undefined) ?? env.CASUS_DATA_MIRROR;
  const bar = startProgress(io.stderr, bytesOf(only.ids), 'fetch');
  let done = 0;
  try {
    const { files } = await fetchDatasets({
      ids: only.ids,
      dataDir,
      urls,
      ...(mirror ? { mirror } : {}),
      onBytes: (n, file) => {
        done += n;
        bar.update(done, file);
      },
    });
    bar.stop();
    if (v.json) io.stdout.write(`${JSON.stringify({ dataDir, files }, null, 2)}\n`);
    else
      io.stdout.write(
        `fetched ${files.length} files into ${dataDir}\nnext: casus data import ${dataDir}\n`,
      );
    return EXIT_OK;
  } catch (error) {
    bar.stop();
    if (error instanceof FetchError) {
      io.stderr.write(`fetch failed: ${error.message}\n`);
      return EXIT_BAD_INPUT;
    }
    io.stderr.write(`internal error: ${error instanceof Error ? error.stack : String(error)}\n`);
    return EXIT_INTERNAL;
  }
}
