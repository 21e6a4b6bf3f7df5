/** Scenarios: an architecture, a date, a sequence of events, and the assumptions that shape the answer. */
import { z } from 'zod';
import { DecisionOverrides } from './decision-overrides.ts';
import { Event } from './event.ts';
import { ArchitectureId, IsoDate, StateId } from './ids.ts';

/**
 * How bases abroad bring their hosts into a war (docs/engine.md, "Basing entanglement"). A
 * belligerent fights from its bases abroad within `rangeKm` of the scene (and from any base a
 * scenario event names in `from`) only if the host consents to combat operations from its soil;
 * a consenting host whose bases are `struck` by the other side is attacked, and so at war.
 */
export const Basing = z
  .object({
    /**
     * Whether the other side strikes bases used for combat operations against it. `struck` (the
     * default): a base that launches strikes is a target, as a state at war would treat it.
     * `spared`: the other side leaves the host alone, so consent brings no host in.
     */
    strikes: z.enum(['struck', 'spared']).default('struck'),
    /**
     * How far from the scene a belligerent's bases are used for combat: an assumption, about the
     * unrefuelled combat radius of US tactical fighters (an F-35A's is near 1,100 km), so
     * Kadena (about 630 km from Taipei) is in reach of a Taiwan war and Sasebo (about 1,360 km)
     * and Misawa (about 2,600 km) are not.
     */
    rangeKm: z
      .number()
      .positive('a distance above 0 km, e.g. 1000 (the default)')
      .max(20000, 'at most 20000 km (half way round the Earth)')
      .default(1000),
    /**
     * Each host's answer to a request for combat operations from its bases, e.g. {JPN: consents}.
     * Under the 1960 exchange of notes, combat operations from Japan other than under Article V
     * are subjects of prior consultation. A host not named here has not been asked to consent in
     * a deterministic run (its bases are not used); the Monte Carlo draws its answer.
     */
    consent: z.record(StateId, z.enum(['consents', 'refuses'])).default({}),
  })
  .strict();
export type Basing = z.infer<typeof Basing>;

export const Assumptions = z
  .object({
    /**
     * Situations a government has declared, keyed by state, e.g. {JPN: survival-threatening-situation}.
     * They unlock a domestic constraint's `allowsForceFor`.
     */
    situations: z.record(StateId, z.string().regex(/^[a-z0-9-]+$/)).default({}),
    /**
     * Where states that enter strike (a model choice, shown with every answer). `theatre`: those
     * defending the victim strike the attacker's homeland, those joining the attacker strike the
     * defenders at the scene of the first event, so a regional war stays regional unless a treaty
     * says otherwise. `homelands`: every entrant strikes the homelands of the states it fights.
     */
    escalation: z.enum(['theatre', 'homelands']).default('theatre'),
    /**
     * Whether conditions a source records but does not state (ATOP: "only against a particular
     * adversary", "only in a particular location") are taken as met. `met` may over-count
     * obligations; `unmet` may under-count them; every answer says which was assumed.
     */
    unstatedConditions: z.enum(['met', 'unmet']).default('met'),
    /**
     * Whether a counter-strike on a member whose side opened the war by force invokes that
     * member's defence pacts. `no` (the initiator rule, as ATOP and Leeds, Long & Mitchell 2000
     * code casus foederis): a defence pact answers an attack on a member that did not open the
     * war, unless its clause states that its text reaches further. `yes`: the literal reading,
     * every armed attack on a member, whoever began. Every answer says which was assumed.
     */
    counterstrikeInvokes: z.enum(['yes', 'no']).default('no'),
    /**
     * Where a state's capability at the place is measured from (geo/strength-gradient.ts,
     * docs/simulation.md "Forward presence"). `capital` (the default): its capital only, as
     * EUGene and Bueno de Mesquita measure it. `bases`: the nearest of its capital and the bases
     * where it has a standing presence on the date (exclusive, joint or rotational use; not
     * access only), which moves the state's whole capability there: an upper bound on forward
     * presence, not the default, since the forces at a base are a small share of the whole.
     * Every answer says which, and which base each state projects from.
     */
    projection: z.enum(['capital', 'bases']).default('capital'),
    /**
     * The user's own probabilities for decisions, in place of the reliability model's, keyed
     * `OBLIGOR:BENEFICIARY` (every agreement and clause of that obligor toward that beneficiary)
     * or `OBLIGOR:BENEFICIARY@agreement`, e.g. {"USA:TWN": 0.6}. Each override is one decision,
     * also where the obligor's own law holds it back; affinity joins keep the model's
     * (docs/simulation.md, "Decision overrides"). Every answer lists them.
     */
    decisions: DecisionOverrides.default({}),
    basing: Basing.default(() => Basing.parse({})),
    notes: z.array(z.string()).default([]),
  })
  .strict();
export type Assumptions = z.infer<typeof Assumptions>;

/** No situation declared, theatre escalation, no notes: what a scenario assumes when it says nothing. */
export const defaultAssumptions = (): Assumptions => Assumptions.parse({});

export const Scenario = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a kebab-case id, e.g. "senkaku-landing"'),
    name: z.string().min(1),
    description: z.string().min(1),
    architecture: ArchitectureId.default('status-quo' as ArchitectureId),
    date: IsoDate,
    events: z.array(Event).min(1),
    assumptions: Assumptions.default(defaultAssumptions),
  })
  .strict();
export type Scenario = z.infer<typeof Scenario>;

/**
 * The scenario with `decisions` added to its own overrides, each replacing the scenario's for
 * the same key; check the result with checkAssumptions (two keys may name one decision).
 * @example withDecisions(taiwan, {'USA:TWN': 0.6}).assumptions.decisions // {'USA:TWN': 0.6}
 */
export function withDecisions(s: Scenario, decisions: DecisionOverrides): Scenario {
  if (Object.keys(decisions).length === 0) return s;
  const own = Object.entries(s.assumptions.decisions).filter(([k]) => !(k in decisions));
  return {
    ...s,
    assumptions: { ...s.assumptions, decisions: { ...Object.fromEntries(own), ...decisions } },
  };
}
