/**
 * `casus landscape --propensity similarity`: p_ij = Signorino & Ritter's S of the two states'
 * valued ATOP portfolios in the year, unweighted, absolute distance, over every system member.
 */
import { similarityOf } from '@casus/core';
import type { ManifestEntry } from '@casus/data';
import { flagError } from '../command.ts';
import { PORTFOLIO_WORDS, readSimilarityInputs } from '../similarity/store-inputs.ts';
import type { Actor } from './build.ts';
import { pairKey } from './store-inputs.ts';

export const SIMILARITY_PROPENSITY_WORDS = `similarity: p = Signorino & Ritter's S (1999) of the two states' alliance portfolios, unweighted, absolute distance, over every COW system member of the year (casus similarity --measure s); S lies in [−1, 1], positive to align; shared non-alliance with most of the system makes S positive for most pairs (Häge 2011), so many landscapes put every actor on one side. Portfolios: ${PORTFOLIO_WORDS}`;

/**
 * S for every pair of the actors in `year`, keyed by pairKey, with the data read; an actor that
 * was not a system member that year is bad input.
 * @example await similarityPropensity(undefined, 1960, actors)
 */
export async function similarityPropensity(
  db: string | undefined,
  year: number,
  actors: readonly Actor[],
): Promise<{ pairs: Map<string, number>; data: ManifestEntry[] }> {
  const { portfolios, data } = await readSimilarityInputs(db, year, false);
  const index = actors.map((a) => portfolios.members.indexOf(a.ccode!));
  const absent = actors.filter((_, k) => index[k]! < 0).map((a) => a.label);
  if (absent.length > 0)
    throw flagError(
      '--states',
      `${absent.join(', ')} ${absent.length === 1 ? 'was not a COW system member' : 'were not COW system members'} in ${year}, so ${absent.length === 1 ? 'it has' : 'they have'} no alliance portfolio`,
      `states in the COW state system in ${year}, or --propensity FILE`,
    );
  const pairs = new Map<string, number>();
  const options = { measure: 's', distance: 'absolute', reference: 'global' } as const;
  for (let s = 0; s < actors.length; s++)
    for (let t = s + 1; t < actors.length; t++)
      pairs.set(
        pairKey(actors[s]!.ccode!, actors[t]!.ccode!),
        similarityOf(portfolios, index[s]!, index[t]!, options).value ?? 0,
      );
  return { pairs, data };
}
