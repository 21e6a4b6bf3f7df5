/** peacesciencer's "whittle" rules in SQL: dispute-year rows down to one per directed dyad-year. */

const DYAD_YEAR = 'PARTITION BY ccode1, ccode2, year';

/** One rule: keep the rows whose `expr` is the largest (or smallest) of their dyad-year. */
export interface WhittleRule {
  expr: string;
  keep: 'max' | 'min';
}

/**
 * The query that whittles `table` as peacesciencer's data-raw scripts do: first, where a dyad-year
 * has several rows and some are onsets, drop the rows that are not onsets
 * (whittle_conflicts_onsets()); then each rule in turn keeps the rows at its extreme (within the
 * dyad-year); then, when `pick` is given, the first row in that order (R's slice(1)).
 * @example whittleSql('mids', 'disponset', [{ expr: 'hostlev', keep: 'max' }], 'file_row')
 */
export function whittleSql(
  table: string,
  onset: string,
  rules: readonly WhittleRule[],
  pick?: string,
): string {
  let query = `SELECT * FROM ${table} QUALIFY NOT (count(*) OVER (${DYAD_YEAR}) > 1 AND ${onset} = 0
    AND max(${onset}) OVER (${DYAD_YEAR}) > min(${onset}) OVER (${DYAD_YEAR}))`;
  for (const rule of rules)
    query = `SELECT * FROM (${query}) QUALIFY ${rule.expr} = ${rule.keep}(${rule.expr}) OVER (${DYAD_YEAR})`;
  if (pick)
    query = `SELECT * FROM (${query}) QUALIFY row_number() OVER (${DYAD_YEAR} ORDER BY ${pick}) = 1`;
  return query;
}

/**
 * The MID rules after onsets, in add_cow_mids()'s order: highest fatality (unknown, -9, counts as
 * 0.5), highest hostlev, longest mindur, longest maxdur, reciprocated, earliest start month.
 */
export const MID_RULES: readonly WhittleRule[] = [
  { expr: 'CASE WHEN fatality = -9 THEN 0.5 ELSE fatality END', keep: 'max' },
  { expr: 'hostlev', keep: 'max' },
  { expr: 'mindur', keep: 'max' },
  { expr: 'maxdur', keep: 'max' },
  { expr: 'recip', keep: 'max' },
  { expr: 'stmon', keep: 'min' },
];
