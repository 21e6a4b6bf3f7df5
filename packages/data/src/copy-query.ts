/** Streams a query's rows to a CSV or Parquet file with DuckDB's COPY, numbers in R's text for CSV. */

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import type { DuckDBConnection } from '@duckdb/node-api';
import { R_NUMBER_MACRO } from './csv/r-number.ts';

/**
 * What DuckDB may hold while it sorts before it spills to the system's temporary folder: without
 * a limit it takes up to 80% of RAM, and every dyad-year verb at once peaked at 2.9 GB; with 1 GB
 * that run peaks at 1.3 GB for 10% more time (measured 1816-2016 on the 2-core development
 * machine). A file written in parts sorts one part at a time, well inside the limit.
 */
const SORT_MEMORY = '1GB';

/** True when `out` is written as Parquet, whose parts cannot be concatenated as CSV's can. */
export const isParquet = (out: string): boolean => /\.parquet$/i.test(out);

/**
 * Every join of the dyad-year and state-year queries looks a row up in a smaller table, as written.
 * DuckDB's estimate of the dyads (a DISTINCT over years unnested from a range join) is far too low,
 * so it built its hash tables on the dyads instead, about 40 MB more a part of 1816-2016; this
 * keeps the sides as written while a CSV is written.
 */
const AS_WRITTEN = "SET disabled_optimizers = 'build_side_probe_side'";

/**
 * What the concatenation moves at a time, through one buffer: 1816-2016's 101 MB took 0.4 s in
 * a read stream's 64 KB chunks, 0.1 s in 1 MB ones, and one buffer leaves no garbage behind.
 */
const CHUNK_BYTES = 1 << 20;

/** `parts` strung together as one file (the CSV header is the first's), gzipped when `out` asks. */
async function concatenate(parts: readonly string[], out: string): Promise<void> {
  const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  const gzip = /\.gz$/i.test(out) ? createGzip() : undefined;
  const gzipped = gzip ? pipeline(gzip, createWriteStream(out)) : undefined;
  // Awaited below; a failed write also ends the loop first, and must not go unhandled meanwhile.
  gzipped?.catch(() => undefined);
  const plain = gzip ? undefined : await open(out, 'w');
  const write = async (bytes: number) => {
    if (plain) await plain.write(buffer, 0, bytes);
    // The gzip stream keeps what it is given until it has compressed it: give it a copy.
    else if (!gzip?.write(Buffer.from(buffer.subarray(0, bytes)))) await once(gzip!, 'drain');
  };
  try {
    for (const part of parts) {
      const input = await open(part);
      try {
        for (let n = 1; n > 0; ) {
          n = (await input.read(buffer, 0, CHUNK_BYTES)).bytesRead;
          if (n > 0) await write(n);
        }
      } finally {
        await input.close();
      }
    }
  } finally {
    gzip?.end();
    await plain?.close();
  }
  await gzipped;
}

/**
 * Writes the rows of each query of `queries(rText)`, in order, to `out` (.csv, .csv.gz or
 * .parquet) and returns their count; `rText` is true for CSV, where numbers are written as R's
 * write.csv() writes them and fields are never quoted (its quote = FALSE). CSV may come in several
 * queries, each sorted on its own and written to a part of its own: DuckDB holds one part's rows
 * while it sorts them instead of the whole file's. Parquet takes one query.
 * @example await copyQuery(connection, () => ['SELECT 1 AS n'], 'one.csv') // 1
 */
export async function copyQuery(
  connection: DuckDBConnection,
  queries: (rText: boolean) => readonly string[],
  out: string,
): Promise<number> {
  // One folder a process: DuckDB removes the folder it made when it closes, under another's feet.
  const spill = join(tmpdir(), `casus-duckdb-spill-${process.pid}`).replaceAll("'", "''");
  await connection.run(`SET temp_directory = '${spill}'; SET memory_limit = '${SORT_MEMORY}'`);
  const quoted = (path: string) => `'${path.replaceAll("'", "''")}'`;
  if (isParquet(out)) {
    const [query, ...more] = queries(false);
    if (query === undefined || more.length > 0) throw new Error('a Parquet file takes one query');
    const result = await connection.run(
      `COPY (${query}) TO ${quoted(out)} (FORMAT parquet, COMPRESSION zstd)`,
    );
    return result.rowsChanged;
  }
  await connection.run(R_NUMBER_MACRO);
  await connection.run(AS_WRITTEN);
  const dir = await mkdtemp(join(tmpdir(), 'casus-parts-'));
  try {
    const parts: string[] = [];
    let rows = 0;
    for (const [k, query] of queries(true).entries()) {
      const part = join(dir, `${k}.csv`);
      const result = await connection.run(
        `COPY (${query}) TO ${quoted(part)} (FORMAT csv, HEADER ${k === 0}, QUOTE '', ESCAPE '')`,
      );
      rows += result.rowsChanged;
      parts.push(part);
    }
    await concatenate(parts, out);
    return rows;
  } finally {
    await connection.run('RESET disabled_optimizers');
    await rm(dir, { recursive: true, force: true });
  }
}
