/** Findings: what one clause says about one event, for one obligor and beneficiary, with its trace. */

import type { ClauseType, ResponseStrength, TextStatus } from '../model/clause.ts';
import type { AgreementId, ClauseId, StateId } from '../model/ids.ts';

/**
 * The obligation a fired clause creates. Duties bind; a permission allows (Japan *may* use force
 * in a survival-threatening situation); a policy states an intention with no casus foederis.
 */
export type Obligation =
  | 'must-defend'
  | 'must-join-attack'
  | 'must-stay-neutral'
  | 'must-not-attack'
  | 'must-consult'
  | 'may-use-force'
  | 'policy'
  | 'access';

export type FindingCategory = 'duty' | 'permission' | 'policy' | 'none';

/** One condition a clause tests, e.g. "area", and whether the event met it, in words an analyst reads. */
export interface Condition {
  test:
    | 'in-force'
    | 'event-kind'
    | 'obligor'
    | 'beneficiary'
    | 'target-kind'
    | 'area'
    | 'adversary'
    | 'conflict'
    | 'provocation'
    | 'initiator'
    | 'unstated-condition'
    | 'exception'
    | 'domestic-constraint';
  pass: boolean;
  /** e.g. "Article V covers the territories under the administration of Japan; Guam is administered by the United States" */
  reason: string;
}

export interface Citation {
  agreement: AgreementId;
  agreementName: string;
  article: string;
  text?: string | undefined;
  textStatus: TextStatus;
  source: string;
}

export interface Finding {
  /** Index of the event (in the list given to the engine) that this finding answers. */
  event: number;
  agreement: AgreementId;
  clause: ClauseId;
  clauseType: ClauseType;
  /** True when every condition passed. A clause that did not fire carries `failed`. */
  fired: boolean;
  category: FindingCategory;
  obligation: Obligation;
  obligor: StateId;
  beneficiary: StateId;
  /** The state the obligation is directed against: the attacker, or for an offence pledge the state its ally attacks. */
  adversary: StateId;
  response: ResponseStrength;
  citation: Citation;
  trace: Condition[];
  /** The first condition that failed, for clauses that did not fire. */
  failed?: Condition | undefined;
  /** One line: "The United States must defend Japan against China (Article V, in accordance with constitutional processes)". */
  summary: string;
}
