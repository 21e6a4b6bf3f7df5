/** The shape of a condition test: prepared once per clause pair, then asked of each event. */
import type { AreaId, StateId } from '../../model/ids.ts';
import type { Library } from '../../model/library.ts';
import type { Assumptions } from '../../model/scenario.ts';
import type { Evaluation } from '../evaluation.ts';
import type { Condition } from '../finding.ts';
import type { Pair } from '../pair.ts';

/**
 * A condition as prepared for one pair: the verdict itself when no event can change it, or a
 * test that reads the event and returns a verdict from phrases built in prepareWorld.
 */
export type Step = Condition | ((ev: Evaluation) => Condition);

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
