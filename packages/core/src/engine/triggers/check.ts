/** The shape of a condition test: prepared once per clause pair, then asked of each event. */
import type { Clause } from '../../model/clause.ts';
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
  /** A value every pair of one clause shares (its event-kind verdicts, say), built at the first pair. */
  shared<T>(clause: Clause, key: string, make: () => T): T;
}

/** A condition readied for one pair; undefined when the clause does not ask it. */
export type PrepareCheck = (pair: Pair, p: Preparing) => Step | undefined;
