/** Words for the SOFA view: who a side is under a SOFA, what a rule's outcome says, a status badge's text. */
import type { RuleOutcome } from '@casus/core';
import type { Holder, SofaSummary } from '../../engine/sofa.ts';

export const HOLDER_WORDS: Record<Holder, string> = {
  host: 'host State',
  sending: 'sending State',
  shared: 'shared: one side asks, the other decides (or host law partly)',
  'not-encoded': 'not encoded: no rule, a gap in the sources',
};

export const STATUS_WORDS: Record<string, string> = {
  verbatim: 'verbatim text',
  partial: 'partly quoted',
  unverified: 'unverified wording',
  'not-quoted': 'not quoted: a cited description',
  missing: 'article missing',
};

/**
 * A side named by the SOFA's parties: "Japan (receiving State)"; a multilateral SOFA keeps the role.
 * @example sideName(usJapan, 'receiving', name) // 'Japan (receiving State)'
 */
export function sideName(
  sofa: SofaSummary | undefined,
  side: 'sending' | 'receiving',
  name: (id: string) => string,
): string {
  const parties = sofa?.[side];
  const role = `${side} State`;
  if (!parties || parties === 'members' || parties.length !== 1) return `the ${role}`;
  return `${name(parties[0]!)} (${role})`;
}

/** What a rule's outcome gives, in a sentence. */
export function outcomeWords(o: RuleOutcome, side: (s: 'sending' | 'receiving') => string): string {
  if ('right' in o) return `${side(o.holder)} has the ${o.right} right to exercise jurisdiction`;
  if ('custody' in o) return `custody with ${side(o.custody)}, until ${o.until}`;
  if ('request' in o)
    return `${side(o.by)} may request ${o.request}; owed: ${o.response}${o.deadline ? ` (${o.deadline})` : ''}`;
  return o.effect;
}
