/** The decision a commitment belongs to, the one key the compiled cascade and the summary share. */
import type { Finding } from '../engine/finding.ts';
import type { StateId } from '../model/ids.ts';

/**
 * The key of one decision: an obligor decides once per trial whether to honour one clause of one
 * agreement for one beneficiary, at the first edge a trial reaches, whatever later events re-fire it.
 * Acting against its own law (a `constrained` edge) is a decision apart: a state that would not
 * break its law in one round decides anew when a later event lets the law allow it, as the
 * honoured cascade, which reads each round afresh, has it act. A host decides once per trial
 * whether a belligerent may fight from its bases (`basing`), whichever base first asks.
 * @example decisionKey({obligor: 'USA', beneficiary: 'JPN', kind: 'duty', finding}) // 'us-japan-1960|art5|USA|JPN'
 */
export const decisionKey = (edge: {
  obligor: StateId;
  beneficiary: StateId;
  /** The edge's kind (compiled-cascade.ts's EdgeKind). */
  kind: string;
  finding: Pick<Finding, 'agreement' | 'clause'>;
}): string =>
  edge.kind === 'basing'
    ? `basing|${edge.obligor}|${edge.beneficiary}`
    : `${edge.finding.agreement}|${edge.finding.clause}|${edge.obligor}|${edge.beneficiary}${edge.kind === 'constrained' ? '|against its law' : ''}`;

/**
 * The decision an edge is drawn under: its own (decisionKey), or, when a user's override set its
 * p, the override's. An override is one decision: every clause and agreement it names, and the
 * duty the obligor's law holds back, are decided by one draw at the stated p, so that p is the
 * chance the obligor acts for the beneficiary once any of them asks it to.
 * @example decisionOf({...edge, override: 'USA:TWN'}) // 'override|USA:TWN'
 */
export const decisionOf = (
  edge: Parameters<typeof decisionKey>[0] & { override?: string | undefined },
): string => (edge.override !== undefined ? `override|${edge.override}` : decisionKey(edge));
