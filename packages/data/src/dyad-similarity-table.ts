/**
 * The table `casus dyads --with similarity` stages and its columns, apart from the code that
 * computes them, so that a dyad-year query without similarity never loads @casus/core (half a
 * second of a four-step pipeline's start-up).
 */

/** The staged table: c1 < c2, year, and one column per measure. */
export const DYAD_SIMILARITY_TABLE = 'dyad_similarity';

/**
 * The columns, in EUGene's names (absolute distance): S unweighted, S weighted by CINC and
 * Kendall's τb over the global reference system, then the same three over the regional one
 * (core's referenceMembers: the members of the two states' home regions).
 */
export const SIMILARITY_COLUMNS = [
  's_un_glo',
  's_wt_glo',
  'tau_glob',
  's_un_reg',
  's_wt_reg',
  'tau_reg',
] as const;
