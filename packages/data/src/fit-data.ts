/** What the reliability fit reads from the store beyond the backtest's own data: COW major-power spells, ATOP's institutional variables (depth) and democracy scores. */
import type { AllianceDepth, IsoDate, MajorSpell } from '@casus/core';
import type { DuckDBConnection } from '@duckdb/node-api';
import { type ManifestEntry, readManifest } from './manifest.ts';

type Row = Record<string, number | string | null>;

export interface FitData {
  majors: MajorSpell[];
  depth: Map<number, AllianceDepth>;
  /** V-Dem polyarchy keyed `ccode:year` (empty when the store lacks democracy). */
  democracy: Map<string, number>;
  /** Manifest rows of the datasets read here (cow-majors, democracy; atop is the backtest's). */
  manifest: ManifestEntry[];
}

const rowsOf = async (connection: DuckDBConnection, sql: string) =>
  (await connection.runAndReadAll(sql)).getRowObjectsJson() as Row[];

/**
 * Major-power spells (none when the store lacks cow-majors), each ATOP alliance's depth (none
 * when its file lacks the institutional columns) and V-Dem polyarchy by state-year.
 * @example (await loadFitData(store.connection)).depth.get(3180)?.integratedCommand // true (NATO)
 */
export async function loadFitData(connection: DuckDBConnection): Promise<FitData> {
  const tables = new Set(
    (await rowsOf(connection, 'SELECT table_name FROM information_schema.tables')).map((r) =>
      String(r.table_name),
    ),
  );
  const majors = tables.has('cow_majors')
    ? (
        await rowsOf(
          connection,
          `SELECT ccode, strftime(stdate, '%Y-%m-%d') AS "from", strftime(enddate, '%Y-%m-%d') AS "to" FROM cow_majors ORDER BY ccode, stdate`,
        )
      ).map((r) => ({
        ccode: Number(r.ccode),
        from: String(r.from) as IsoDate,
        to: String(r.to) as IsoDate,
      }))
    : [];
  const depth = new Map<number, AllianceDepth>();
  const columns = await rowsOf(
    connection,
    "SELECT column_name FROM information_schema.columns WHERE table_name = 'atop_alliances' AND column_name IN ('intcom', 'milaid', 'base', 'organ1')",
  );
  // A store of hand-made ATOP files may lack the institutional columns: then no alliance has depth.
  const rows =
    columns.length === 4
      ? await rowsOf(
          connection,
          'SELECT atopid, intcom, milaid, base, organ1 FROM atop_alliances ORDER BY atopid',
        )
      : [];
  for (const r of rows)
    depth.set(Number(r.atopid), {
      integratedCommand: Number(r.intcom) === 1,
      militaryAid: Number(r.milaid) > 0,
      bases: Number(r.base) > 0,
      organisation: Number(r.organ1) > 0,
    });
  const democracy = new Map<string, number>();
  if (tables.has('democracy'))
    for (const r of await rowsOf(
      connection,
      'SELECT ccode, year, v2x_polyarchy FROM democracy WHERE v2x_polyarchy IS NOT NULL',
    ))
      democracy.set(`${r.ccode}:${r.year}`, Number(r.v2x_polyarchy));
  const manifest = (await readManifest(connection)).filter(
    (e) => e.dataset === 'cow-majors' || e.dataset === 'democracy',
  );
  return { majors, depth, democracy, manifest };
}
