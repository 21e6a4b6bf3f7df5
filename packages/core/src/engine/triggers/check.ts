/** The shape of a condition test: prepared once per clause pair, then asked of each event. */
import type { AreaId, StateId } from '../../model/ids.ts';
import type { Library } from '../../model/library.ts';
import type { Assumptions } from '../../model/scenario.ts';
import type { Evaluation } from '../evaluation.ts';
import type { Condition } from '../finding.ts';
import type { Pair } from '../pair.ts';

/**
 * A verdict for each event kind (`by: 'event-kind'`, in the order of EventKind.options), each
 * target kind (TargetKind.options), or an attack and a counter-strike (`by: 'counterstrike'`, in
 * that order): the event's own is chosen by its index, with nothing called.
 */
export interface Table {
  readonly by: 'event-kind' | 'target-kind' | 'counterstrike';
  readonly verdicts: readonly Condition[];
}

/**
 * The table of a clause that answers the kinds `allowed` of `options`: each verdict's reason is
 * `head` and the kind's words.
 * @example tableOf('target-kind', TargetKind.options, ['territory'], 'Article 5 protects territory; the target is ', hit).verdicts[0].pass // true
 */
export function tableOf<K extends string>(
  by: 'event-kind' | 'target-kind',
  options: readonly K[],
  allowed: readonly K[],
  head: string,
  words: Readonly<Record<K, string>>,
): Table {
  return {
    by,
    verdicts: options.map((kind) => ({
      test: by,
      pass: allowed.includes(kind),
      reason: head + words[kind],
    })),
  };
}

/** The area condition: the area at position `at` of the world's areas, and the words ("Article V covers …") the place's phrase ends. */
export interface AreaTest {
  readonly at: number;
  readonly covers: string;
}

/**
 * A condition as prepared for one pair: the verdict itself when no event can change it, a table
 * of verdicts or an area test (data, which program.ts lays out flat so an answer calls nothing),
 * or a test that reads the event and returns a verdict from phrases built in prepareWorld.
 */
export type Step = Condition | Table | AreaTest | ((ev: Evaluation) => Condition);

/** What a condition reads while prepareWorld readies a pair. */
export interface Preparing {
  library: Library;
  assumptions: Assumptions;
  /** The treaty areas the world's clauses name, in the order of an evaluation's `inside` flags. */
  areas: readonly AreaId[];
  /**
   * What `make` gives for the pair's clause (and `by`, when given), built at the first pair that
   * asks and shared by the rest: a clause's event-kind verdicts, say. `make` is a function of the
   * module, so that asking allocates nothing.
   */
  shared<T>(pair: Pair, make: (pair: Pair, p: Preparing) => T, by?: StateId): T;
}

/** A condition readied for one pair; undefined when the clause does not ask it. */
export type PrepareCheck = (pair: Pair, p: Preparing) => Step | undefined;
