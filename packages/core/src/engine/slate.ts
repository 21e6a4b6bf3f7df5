/** Clause pairs made ready for any event: runs of pairs asked as one, each with its condition steps, its wording and its place in the order of findings. */
import type { Clause, ClauseType, ResponseStrength } from '../model/clause.ts';
import type { AgreementId, AreaId, ClauseId, StateId } from '../model/ids.ts';
import type { Library } from '../model/library.ts';
import type { Assumptions } from '../model/scenario.ts';
import { nameOf } from './describe.ts';
import type { Citation, FindingCategory, Obligation } from './finding.ts';
import { type Ranking, rankingOf, sortKeys } from './order.ts';
import type { Pair } from './pair.ts';
import { appendProgram, type Op, type Program } from './program.ts';
import { firedHead, type Wording, wordingOf } from './summarize.ts';
import { conditions, type Preparing, type Step } from './triggers/index.ts';

/**
 * Consecutive pairs of one clause, for one beneficiary, whose conditions are the same steps:
 * only the obligor differs, so an event is asked of the group once and each obligor gets its
 * finding. What the findings say alike is copied onto the group, so that an answer reads one
 * object per group (and not the pair, its agreement, clause and wording).
 */
export interface Group extends Wording {
  /** In index order; pairs[0] speaks for all but its obligor. */
  readonly pairs: readonly Pair[];
  readonly obligors: readonly StateId[];
  /** Where its conditions start in its slate's program. */
  readonly start: number;
  readonly agreement: AgreementId;
  readonly clause: ClauseId;
  readonly clauseType: ClauseType;
  readonly category: FindingCategory;
  readonly obligation: Obligation;
  readonly beneficiary: StateId;
  readonly response: ResponseStrength;
  readonly citation: Citation;
  /** A pledge not to attack: its obligor is the attacker, where every other clause's is a third state. */
  readonly pledge: boolean;
  /**
   * How each obligor's summary begins when the clause fires (summarize.ts), and each obligor's
   * name, which follows `gives` when it does not: strings shared by every group, so that an
   * answer reads no string of its own per finding.
   */
  readonly firedHeads: readonly string[];
  readonly names: readonly string[];
}

/** The groups an index holds for one state, with the order their findings are listed in. */
export interface Slate {
  readonly groups: readonly Group[];
  /** The conditions of every group, one after the other (program.ts). */
  readonly program: Program;
  readonly fired: Ranking;
  readonly unfired: Ranking;
}

/** Readies pairs for one world: writes the steps of each at the start of `into`, and says how many. */
export type Planner = (pair: Pair, into: Step[]) => number;

/**
 * A planner for one world. Steps are shared wherever the condition reads no more than the clause
 * (and beneficiary), so that pairs differing only in obligor have equal steps and group.
 * @example const steps = []; planner(lib, assumptions, areas)(pair, steps); steps.length // 5
 */
export function planner(
  library: Library,
  assumptions: Assumptions,
  areas: readonly AreaId[],
): Planner {
  const shared = new Map<Clause, Map<unknown, Map<StateId | undefined, unknown>>>();
  const p: Preparing = {
    library,
    assumptions,
    areas,
    shared<T>(pair: Pair, make: (pair: Pair, p: Preparing) => T, by?: StateId): T {
      let forClause = shared.get(pair.clause);
      if (!forClause) {
        forClause = new Map();
        shared.set(pair.clause, forClause);
      }
      let made = forClause.get(make);
      if (!made) {
        made = new Map();
        forClause.set(make, made);
      }
      if (!made.has(by)) made.set(by, make(pair, p));
      return made.get(by) as T;
    },
  };
  return (pair, into) => {
    let n = 0;
    for (const check of conditions) {
      const step = check(pair, p);
      if (step !== undefined) into[n++] = step;
    }
    return n;
  };
}

function sameSteps(run: readonly Step[], steps: readonly Step[], n: number): boolean {
  if (run.length !== n) return false;
  for (let i = 0; i < n; i++) if (run[i] !== steps[i]) return false;
  return true;
}

function groupOf(pairs: Pair[], steps: Step[], program: Op[]): Group {
  const pair = pairs[0]!;
  const wording = wordingOf(pair);
  const obligors = pairs.map((p) => p.obligor);
  return {
    pairs,
    obligors,
    start: appendProgram(program, steps),
    agreement: pair.agreement.id,
    clause: pair.clause.id,
    clauseType: pair.clause.type,
    category: pair.category,
    obligation: pair.obligation,
    beneficiary: pair.beneficiary,
    response: pair.clause.response,
    citation: pair.citation,
    pledge: pair.obligation === 'must-not-attack',
    ...wording,
    firedHeads: obligors.map((o) => firedHead(wording, o)),
    names: obligors.map(nameOf),
  };
}

function groupsOf(pairs: readonly Pair[], plan: Planner, program: Op[]): Group[] {
  const groups: Group[] = [];
  let run: Pair[] = [];
  let runSteps: Step[] = [];
  const steps: Step[] = [];
  for (const pair of pairs) {
    const n = plan(pair, steps);
    if (run.length > 0 && run[0]!.clause === pair.clause && sameSteps(runSteps, steps, n)) {
      run.push(pair);
      continue;
    }
    if (run.length > 0) groups.push(groupOf(run, runSteps, program));
    run = [pair];
    runSteps = steps.slice(0, n);
  }
  if (run.length > 0) groups.push(groupOf(run, runSteps, program));
  return groups;
}

/**
 * The slate of the pairs listed for one state, in index order.
 * @example slateOf(pairs, plan).fired.order[0] // the group listed first if every clause fires
 */
export function slateOf(pairs: readonly Pair[], plan: Planner): Slate {
  const program: Op[] = [];
  const groups = groupsOf(pairs, plan, program);
  const keys = groups.map((g) => sortKeys(g.pairs[0]!));
  return {
    groups,
    program,
    fired: rankingOf(keys.map((k) => k.fired)),
    unfired: rankingOf(keys.map((k) => k.unfired)),
  };
}
