/**
 * gmlmids on state-years: peacesciencer's add_gml_mids() for ps_data_type "state_year" (R/add_gml_mids.R),
 * from GML 2.2.1's participants (gml_part), one participation spanning its styear to endyear.
 */
import { MID_YEARS } from './dyad-joins.ts';

/** The columns, in add_gml_mids()'s order for state-years. */
export const GML_STATE_COLUMNS = [
  'gmlmidongoing',
  'gmlmidonset',
  'gmlmidongoing_init',
  'gmlmidonset_init',
] as const;

/**
 * Each participant-year as add_gml_mids() expands it: ongoing every year of the participation,
 * onset in its first, "init" as its default init = "sidea-all-joiners" codes a state (Side A, or
 * not an originator); participations with no known leader at the start or end
 * (allmiss_leader_start or allmiss_leader_end) are left out, as add_gml_mids() filters them.
 */
const PARTICIPANT_YEARS = `SELECT ccode, y.year::INTEGER AS year,
    1 AS gmlmidongoing, (y.year = styear)::INTEGER AS gmlmidonset,
    (sidea = 1 OR orig = 0)::INTEGER AS gmlmidongoing_init,
    (y.year = styear AND (sidea = 1 OR orig = 0))::INTEGER AS gmlmidonset_init
  FROM gml_part, unnest(range(styear, endyear + 1)) AS y(year)
  WHERE allmiss_leader_start = 0 AND allmiss_leader_end = 0`;

/**
 * The join on `s` (the state-year) and its columns: each column 1 when any of the year's
 * participations has it (add_gml_mids() sums them and caps at 1), 0 for a state-year inside GML's
 * 1816-2010 with none, missing outside it.
 * @example gmlStateYearSql().columns[0] // 'CASE WHEN gs.ccode IS NOT NULL THEN gs.gmlmidongoing …'
 */
export function gmlStateYearSql(): { table: string; columns: string[]; join: string } {
  const { from, to } = MID_YEARS.gml;
  return {
    table: 'gml_part',
    columns: GML_STATE_COLUMNS.map(
      (c) =>
        `CASE WHEN gs.ccode IS NOT NULL THEN gs.${c} WHEN s.year BETWEEN ${from} AND ${to} THEN 0 END AS ${c}`,
    ),
    join: `LEFT JOIN (SELECT ccode, year, ${GML_STATE_COLUMNS.map((c) => `max(${c}) AS ${c}`).join(', ')}
      FROM (${PARTICIPANT_YEARS}) GROUP BY ccode, year) gs ON gs.ccode = s.ccode AND gs.year = s.year`,
  };
}
