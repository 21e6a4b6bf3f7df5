/** The decision a commitment belongs to, the one key the compiled cascade and the summary share. */
import type { Finding } from '../engine/finding.ts';
import type { StateId } from '../model/ids.ts';

/**
 * The key of one decision: an obligor decides once per trial whether to honour one clause of one
 * agreement for one beneficiary, at the first edge a trial reaches, whatever later events re-fire it.
 * @example decisionKey({obligor: 'USA', beneficiary: 'JPN', finding}) // 'us-japan-1960|art5|USA|JPN'
 */
export const decisionKey = (edge: {
  obligor: StateId;
  beneficiary: StateId;
  finding: Pick<Finding, 'agreement' | 'clause'>;
}): string =>
  `${edge.finding.agreement}|${edge.finding.clause}|${edge.obligor}|${edge.beneficiary}`;
