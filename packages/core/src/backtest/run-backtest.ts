/** The backtest: every COW war participant, every ATOP pledge owed to it on the day it entered, invoked by the engine and judged by COW's record. */
import { type ArchitecturePlan, planArchitecture } from '../engine/architecture-plan.ts';
import { prepareWorld } from '../engine/world.ts';
import { yearOf } from '../model/dates.ts';
import type { StateId } from '../model/ids.ts';
import type { Library } from '../model/library.ts';
import { defaultAssumptions } from '../model/scenario.ts';
import { honourProbability } from '../sim/reliability.ts';
import type { ReliabilityContext } from '../sim/reliability-context.ts';
import type { ReliabilityParams } from '../sim/reliability-params.ts';
import {
  type AllianceMembership,
  indexMemberships,
  type Opportunity,
  opportunitiesOf,
} from './alliance-membership.ts';
import {
  type CapitalSpell,
  type CincScore,
  capabilityInputs,
  cincIndex,
  homePlaces,
} from './home-places.ts';
import { judgeHonour } from './honour.ts';
import { EntryQuestions, type Invocation, invocationOf } from './invocation.ts';
import type { BacktestCase } from './output.ts';
import { type BacktestSummary, type SummaryCase, summarizeBacktest } from './summary.ts';
import { entryOf, type WarEntry, warsOf } from './war-record.ts';

export interface BacktestInput {
  wars: readonly WarEntry[];
  memberships: readonly AllianceMembership[];
  /** The curated library with every ATOP alliance added (curated agreements replacing their ATOP codings). */
  library: Library;
  capitals: readonly CapitalSpell[];
  cinc: readonly CincScore[];
}

export interface BacktestOptions {
  years: { from: number; to: number };
  unstatedConditions: 'met' | 'unmet';
  /**
   * Whether a defence pledge to a participant whose side began the war (COW initiator) answers
   * the attacks on it: `no` (the default) is the engine's initiator rule, `yes` the literal reading.
   */
  counterstrikeInvokes?: 'yes' | 'no' | undefined;
  /** How many days after the partner an ally may enter and still honour (default LATE_ENTRY_DAYS). */
  lateEntryDays?: number | undefined;
  /** The reliability model that gives `p`; without it `p` is null. */
  params?: ReliabilityParams | undefined;
  onProgress?: ((done: number, total: number) => void) | undefined;
}

export interface BacktestResult {
  cases: BacktestCase[];
  summary: BacktestSummary;
  /** Wars with at least one participant entering in the years asked. */
  wars: number;
}

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;

function reasonOf(o: Opportunity, inv: Invocation, note: string | undefined): string {
  if (!inv.invoked) return inv.reason;
  const ended = o.endedDuringWar
    ? `; ATOP ends the obligor's membership on ${o.endedDuringWar}, during the war: the pledge is judged as it stood when invoked`
    : '';
  return `${inv.reason}; ${note}${ended}`;
}

/**
 * Runs the backtest over the wars whose participants entered in `years`; deterministic.
 * @example runBacktest(input, {years: {from: 1816, to: 2007}, unstatedConditions: 'met'}).summary.rates[0]
 */
export function runBacktest(input: BacktestInput, options: BacktestOptions): BacktestResult {
  const { from, to } = options.years;
  const homes = homePlaces(
    input.library,
    input.wars.map((w) => w.state),
    input.capitals,
  );
  const library: Library = { ...input.library, places: homes.places };
  const assumptions = {
    ...defaultAssumptions(),
    unstatedConditions: options.unstatedConditions,
    counterstrikeInvokes: options.counterstrikeInvokes ?? 'no',
  };
  // A plan per set of alliances: the engine answers each participant on its own alliances only, so the plans stay small.
  const plans = new Map<string, ArchitecturePlan>();
  const planFor = (atopids: readonly number[]) => {
    const key = atopids.join(',');
    let plan = plans.get(key);
    if (!plan) {
      const wanted = new Set(atopids);
      const agreements = [...library.agreements].filter(([, a]) => wanted.has(a.atopId ?? -1));
      plan = planArchitecture(
        { ...library, agreements: new Map(agreements) },
        'status-quo',
        assumptions,
      );
      plans.set(key, plan);
    }
    return plan;
  };
  const byState = indexMemberships(input.memberships);
  const byAlliance = new Map<number, AllianceMembership[]>();
  for (const m of input.memberships)
    byAlliance.set(m.atopid, [...(byAlliance.get(m.atopid) ?? []), m]);
  const scores = cincIndex(input.cinc);
  const wars = [...warsOf(input.wars)]
    .sort(([a], [b]) => a - b)
    .filter(([, rows]) => rows.some((r) => yearOf(entryOf(r)) >= from && yearOf(entryOf(r)) <= to));
  const cases: (BacktestCase & SummaryCase)[] = [];
  wars.forEach(([, rows], i) => {
    for (const entry of rows) {
      const date = entryOf(entry);
      if (yearOf(date) < from || yearOf(date) > to) continue;
      const owed = opportunitiesOf(entry, byState, byAlliance);
      if (owed.length === 0) continue;
      const plan = planFor([...new Set(owed.map((o) => o.atopid))]);
      const world = prepareWorld(
        plan.library,
        { architecture: 'status-quo', date, assumptions },
        plan,
      );
      const questions = new EntryQuestions(world, entry, rows, homes);
      const ctx: ReliabilityContext | undefined = options.params && {
        params: options.params,
        date,
        year: yearOf(date),
        agreements: library.agreements,
        inputs: capabilityInputs(scores, input.capitals, date),
      };
      for (const o of owed) {
        const inv = invocationOf(o, questions);
        const verdict = inv.invoked ? judgeHonour(o, rows, options.lateEntryDays) : undefined;
        const p =
          inv.invoked && ctx && inv.finding
            ? round4(
                honourProbability(
                  ctx,
                  { finding: inv.finding, victim: entry.state as StateId, point: inv.point },
                  'duty',
                ).p,
              )
            : null;
        cases.push({
          war: entry.war,
          warName: entry.warName,
          atopid: o.atopid,
          obligor: o.obligorCcode,
          beneficiary: entry.ccode,
          date,
          obligation: o.obligation,
          invoked: inv.invoked,
          honoured: verdict ? verdict.honoured : null,
          p,
          reason: reasonOf(o, inv, verdict?.note),
          bilateral: o.bilateral,
          assumed:
            inv.invoked &&
            (inv.finding?.trace.some((c) => c.test === 'unstated-condition' && c.pass) ?? false),
        });
      }
    }
    options.onProgress?.(i + 1, wars.length);
  });
  return {
    cases: cases.map(({ bilateral: _b, assumed: _a, ...row }) => row),
    summary: summarizeBacktest(cases),
    wars: wars.length,
  };
}
