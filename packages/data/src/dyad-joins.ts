/** Dyad-year additions that join one table prepared at import: minimum distance, COW MIDs and GML MIDs. */

/** What one addition contributes to the dyad-year query: select columns and joins on `d`. */
export interface AdditionSql {
  columns: string[];
  joins: string[];
}

/**
 * mindist: km between the two states in CShapes 2.0 (add_minimum_distance(use_extdata = FALSE)),
 * either order; `inPart` keeps to the pairs of the part being written (the table has a row a pair).
 */
export const mindistSql = (num: (column: string) => string, inPart: string): AdditionSql => ({
  columns: [`${num('md.mindist')} AS mindist`],
  joins: [
    `LEFT JOIN cow_mindist md ON md.ccode1 = least(d.ccode1, d.ccode2) AND md.ccode2 = greatest(d.ccode1, d.ccode2) AND md.year = d.year AND ${inPart}`,
  ],
});

/** The years of COW MID 5.0 and GML 2.2.1: inside them a dyad-year with no dispute has onset and ongoing 0. */
export const MID_YEARS = { cow: { from: 1816, to: 2014 }, gml: { from: 1816, to: 2010 } } as const;

const SIDE_COLUMNS = [
  'sidea1',
  'sidea2',
  'fatality1',
  'fatality2',
  'fatalpre1',
  'fatalpre2',
  'hiact1',
  'hiact2',
  'hostlev1',
  'hostlev2',
  'orig1',
  'orig2',
  'fatality',
  'hostlev',
] as const;
/** The columns add_cow_mids() and add_gml_mids() add, in their order, after onset and ongoing. */
export const MID_COLUMNS = {
  cow: [...SIDE_COLUMNS, 'mindur', 'maxdur', 'recip', 'stmon'],
  gml: [...SIDE_COLUMNS, 'recip', 'mindur', 'maxdur', 'stmon'],
} as const;

/**
 * cowmids (add_cow_mids()) or gmlmids (add_gml_mids()): the whittled dispute of the directed
 * dyad-year; onset and ongoing 0 inside the data's years when there is none. Directed GML rows add
 * init1, init2 as its default init = "sidea-all-joiners" codes them (Side A, or joined later).
 */
export function midsSql(source: 'cow' | 'gml', directed: boolean): AdditionSql {
  const { from, to } = MID_YEARS[source];
  const inYears = `d.year BETWEEN ${from} AND ${to}`;
  const flag = (c: string) =>
    `CASE WHEN ${source}.${c} IS NOT NULL THEN ${source}.${c} WHEN ${inYears} THEN 0 END AS ${c}`;
  const init = (side: number) =>
    `CASE WHEN ${source}.dispnum IS NOT NULL THEN (${source}.sidea${side} = 1 OR ${source}.orig${side} = 0)::INTEGER END AS init${side}`;
  return {
    columns: [
      `${source}.dispnum`,
      flag(`${source}midongoing`),
      flag(`${source}midonset`),
      ...MID_COLUMNS[source].map((c) => `${source}.${c}`),
      ...(source === 'gml' && directed ? [init(1), init(2)] : []),
    ],
    joins: [
      `LEFT JOIN ${source}_mid_ddydisps ${source} ON ${source}.ccode1 = d.ccode1 AND ${source}.ccode2 = d.ccode2 AND ${source}.year = d.year`,
    ],
  };
}
