/** Hand-made trigger sources for tests: findings written out by hand, no library, no engine. */
import type { Finding, Obligation } from '../../engine/finding.ts';
import type { AgreementId, ClauseId, StateId } from '../../model/ids.ts';
import type { LocatedFinding, TriggerSource } from '../compiled-cascade.ts';

const s = (x: string) => x as StateId;

/** A fired defence duty (or another obligation) of `obligor` to `beneficiary` against `adversary`. */
export function fakeFinding(
  obligor: string,
  beneficiary: string,
  adversary: string,
  options: {
    obligation?: Obligation;
    fired?: boolean;
    agreement?: string;
    failedOn?: 'domestic-constraint' | 'area';
  } = {},
): Finding {
  const fired = options.fired ?? options.failedOn === undefined;
  const obligation = options.obligation ?? 'must-defend';
  const failed = options.failedOn
    ? { test: options.failedOn, pass: false, reason: 'test' }
    : undefined;
  return {
    event: 0,
    agreement: (options.agreement ?? `${obligor}-${beneficiary}`.toLowerCase()) as AgreementId,
    clause: 'art-1' as ClauseId,
    clauseType: obligation === 'may-use-force' ? 'permission' : 'defense',
    fired,
    category: fired ? (obligation === 'may-use-force' ? 'permission' : 'duty') : 'none',
    obligation,
    obligor: s(obligor),
    beneficiary: s(beneficiary),
    adversary: s(adversary),
    response: 'constitutional',
    citation: {
      agreement: 'x' as AgreementId,
      agreementName: 'x',
      article: 'Article 1',
      textStatus: 'verbatim',
      source: 'test',
    },
    trace: failed ? [failed] : [],
    failed,
    summary: `${obligor} → ${beneficiary} against ${adversary}`,
  };
}

/**
 * A source from a table: `initial` answers the scenario's event; `onEntry["B>A"]` answers B striking
 * A (a defender-side entrant strikes the attacker; an attacker-side entrant strikes the defender).
 * @example fakeSource('A', 'B', [fakeFinding('C', 'B', 'A')], {})
 */
export function fakeSource(
  attacker: string,
  defender: string,
  initial: Finding[],
  onEntry: Record<string, Finding[]>,
): TriggerSource {
  const located = (fs: Finding[], victim: string): LocatedFinding[] =>
    fs.map((finding) => ({ finding, victim: s(victim) }));
  return {
    attackers: [s(attacker)],
    defenders: [s(defender)],
    initialFindings: located(initial, defender),
    entryFindings: (entrant, side) => {
      const enemy = side === 1 ? attacker : defender;
      return located(onEntry[`${entrant}>${enemy}`] ?? [], enemy);
    },
  };
}
