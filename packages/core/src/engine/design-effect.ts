/** What added agreements (a designed pact) change in one scenario, and where they change nothing, why not, in the engine's words. */
import type { Agreement } from '../model/agreement.ts';
import type { Event } from '../model/event.ts';
import type { AgreementId, StateId } from '../model/ids.ts';
import { runCascade } from './cascade.ts';
import type { Side } from './cascade-types.ts';
import { listWords, NameOf, nameOf } from './describe.ts';
import { findObligations } from './find-obligations.ts';
import type { Condition, Finding } from './finding.ts';
import { lawOf } from './forces-abroad.ts';
import { locate, victimOf } from './gazetteer.ts';
import type { World } from './world.ts';

/** Who is obliged to defend at the scenario's own events, and who goes to war (honoured mode). */
export interface ScenarioOutcome {
  obliged: StateId[];
  entered: { state: StateId; side: Side; round: number }[];
}

/** The domestic law a failed `domestic-constraint` condition stands for, as the library holds it. */
export interface ConstrainingLaw {
  id: AgreementId;
  name: string;
  /** The library's summary of the constraint (agreement.constraint.summary). */
  summary: string;
  sources: string[];
}

/** One obligation of the added agreements that left the outcome as it was, and why. */
export interface IdleObligation {
  agreement: AgreementId;
  article: string;
  obligor: StateId;
  /** The obligor in words, capitalised: "Japan", "The Philippines". */
  obligorName: string;
  beneficiary: StateId;
  /** `did-not-arise`: a condition of the clause failed; `no-change`: it arose, but its obligor was at war without it, or it calls for no entry. */
  why: 'did-not-arise' | 'no-change';
  /** The failing condition of the trace (for `did-not-arise`). */
  condition?: Condition | undefined;
  /** In words: the condition's reason, or what the duty met. */
  reason: string;
  law?: ConstrainingLaw | undefined;
}

export interface DesignEffect {
  base: ScenarioOutcome;
  design: ScenarioOutcome;
  /** False when the added agreements oblige no one new and bring no one else into the war. */
  changed: boolean;
  /** When nothing changed: each obligation of the added agreements the scenario raised, and why it did nothing. */
  idle: IdleObligation[];
  /** When nothing changed and no clause of theirs was even asked: why not, e.g. none of their members is attacked. */
  untouched?: string | undefined;
}

function outcomeOf(world: World, events: readonly Event[]) {
  const obliged = new Set<StateId>();
  events.forEach((e, i) => {
    for (const f of findObligations(world, e, i))
      if (f.fired && f.category === 'duty' && f.obligation === 'must-defend')
        obliged.add(f.obligor);
  });
  const cascade = runCascade(world, events, { mode: 'honoured' });
  const outcome: ScenarioOutcome = {
    obliged: [...obliged].sort(),
    entered: cascade.entries.map((e) => ({ state: e.state, side: e.side, round: e.round })),
  };
  return { outcome, cascade };
}

/** The states that join each side, as the designer shows them: who, on which side, not in which round. */
const joined = (o: ScenarioOutcome) =>
  o.entered
    .filter((e) => e.round > 0)
    .map((e) => `${e.state}:${e.side}`)
    .sort()
    .join();

const sameOutcome = (a: ScenarioOutcome, b: ScenarioOutcome) =>
  a.obliged.join() === b.obliged.join() && joined(a) === joined(b);

function lawFor(world: World, f: Finding): ConstrainingLaw | undefined {
  if (f.failed?.test !== 'domestic-constraint') return undefined;
  const law = lawOf(world, f.obligor);
  if (!law?.constraint) return undefined;
  return { id: law.id, name: law.name, summary: law.constraint.summary, sources: law.sources };
}

function idleOf(world: World, f: Finding, baseAtWar: ReadonlySet<StateId>): IdleObligation {
  const at = {
    agreement: f.agreement,
    article: f.citation.article,
    obligor: f.obligor,
    obligorName: NameOf(f.obligor),
    beneficiary: f.beneficiary,
  };
  if (!f.fired)
    return {
      ...at,
      why: 'did-not-arise',
      condition: f.failed,
      reason: f.failed?.reason ?? f.summary,
      law: lawFor(world, f),
    };
  const moot = baseAtWar.has(f.obligor)
    ? `${NameOf(f.obligor)} is at war without it`
    : `it does not by itself bring ${nameOf(f.obligor)} into the war`;
  return { ...at, why: 'no-change', reason: `${f.summary}; ${moot}` };
}

/** Every state an event of the scenario or of its cascade hits. */
function attacked(world: World, events: readonly Event[]): StateId[] {
  const hit = events.flatMap((e) => victimOf(e.target, locate(world.gazetteer, e.target)) ?? []);
  return [...new Set(hit)];
}

const protectedBy = (a: Agreement): StateId[] => [
  ...new Set(
    a.articles.flatMap((art) =>
      art.clauses.flatMap((c) => (c.beneficiaries === 'members' ? a.members : c.beneficiaries)),
    ),
  ),
];

/**
 * The scenario under `base` and under `design` (the same architecture with `added` agreements);
 * where they come out the same, each obligation of the added agreements with the condition of
 * its trace that failed (for a domestic law, the law as the library holds it), or why none was asked.
 * @example designEffect(base, withPact, shoal.events, ['jpn-phl-pact']).idle[0].condition?.test // 'domestic-constraint'
 */
export function designEffect(
  base: World,
  design: World,
  events: readonly Event[],
  added: readonly AgreementId[],
): DesignEffect {
  const before = outcomeOf(base, events);
  const after = outcomeOf(design, events);
  if (!sameOutcome(before.outcome, after.outcome))
    return { base: before.outcome, design: after.outcome, changed: true, idle: [] };
  const baseAtWar = new Set(before.outcome.entered.map((e) => e.state));
  const seen = new Set<string>();
  const idle = after.cascade.findings
    .filter((f) => added.includes(f.agreement))
    .filter((f) => {
      const key = `${f.clause} ${f.obligor} ${f.beneficiary}`;
      return !seen.has(key) && seen.add(key);
    })
    .map((f) => idleOf(design, f, baseAtWar));
  const result = { base: before.outcome, design: after.outcome, changed: false, idle };
  if (idle.length > 0) return result;
  const agreements = design.agreements.filter((a) => added.includes(a.id));
  const hit = attacked(design, [...events, ...after.cascade.events]);
  const untouched = agreements
    .map(
      (a) =>
        `${a.shortName} protects ${listWords(protectedBy(a).map(nameOf))}; this scenario attacks ${hit.length ? `only ${listWords(hit.map(nameOf))}` : 'no state'}`,
    )
    .join('. ');
  return { ...result, untouched };
}
