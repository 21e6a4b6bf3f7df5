/** Who a SOFA rule's outcome gives the right to: the comparison's colour, read once for every surface. */
import type { RuleOutcome } from '../model/sofa.ts';

/** The host (receiving) State, the sending State, both, or no encoded rule. */
export type SofaHolder = 'host' | 'sending' | 'shared' | 'not-encoded';

/**
 * Who a rule's outcome gives the right to. A request one side may make and the other must
 * consider is shared; host law that applies only partly is shared; an access the host has after
 * notice is the host's; no stated right of entry leaves the force's own policing, the sending
 * State's; facilities managed jointly are shared, by the sending State alone the sending State's;
 * a matter decided jointly is shared, by one side that side's; a cost favours the side that does
 * not bear it, and a cost borne in shares is shared.
 * @example holderOf({right: 'primary', holder: 'receiving'}) // 'host'
 */
export function holderOf(o: RuleOutcome): Exclude<SofaHolder, 'not-encoded'> {
  const side = (s: 'sending' | 'receiving') => (s === 'receiving' ? 'host' : 'sending');
  if ('right' in o) return side(o.holder);
  if ('custody' in o) return side(o.custody);
  if ('request' in o) return 'shared';
  if (o.hostLaw)
    return o.hostLaw === 'applies' ? 'host' : o.hostLaw === 'partly' ? 'shared' : 'sending';
  if (o.access) return o.access === 'right' || o.access === 'on-notice' ? 'host' : 'sending';
  if (o.management)
    return o.management === 'joint' ? 'shared' : o.management === 'receiving' ? 'host' : 'sending';
  if (o.decides) return o.decides === 'joint' ? 'shared' : side(o.decides);
  if (o.pays) return o.pays === 'shared' ? 'shared' : o.pays === 'sending' ? 'host' : 'sending';
  return 'shared';
}

/** The holder of several outcomes: theirs if they agree, shared if not, not encoded without any. */
export function holderOfAll(outcomes: readonly RuleOutcome[]): SofaHolder {
  const holders = new Set(outcomes.map(holderOf));
  return holders.size === 0 ? 'not-encoded' : holders.size === 1 ? [...holders][0]! : 'shared';
}
