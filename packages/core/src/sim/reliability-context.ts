/** What a reliability model reads beside a finding, and the terms it reports: shared by the hand-set and the fitted form. */
import type { DeterrenceInputs } from '../geo/strength-gradient.ts';
import type { Agreement } from '../model/agreement.ts';
import type { Base } from '../model/base.ts';
import type { AgreementId, IsoDate, StateId } from '../model/ids.ts';
import type { ObligationEdgeKind } from './compiled-cascade.ts';
import type { FittedReliability } from './reliability-fitted.ts';
import type { ReliabilityParams } from './reliability-params.ts';

/** Hand-set (library/models/reliability.yaml) or fitted to history (reliability-fitted.yaml). */
export type ReliabilityModel = ReliabilityParams | FittedReliability;

/** What the model reads beside the finding. */
export interface ReliabilityContext {
  params: ReliabilityModel;
  date: IsoDate;
  year: number;
  agreements: ReadonlyMap<AgreementId, Agreement>;
  inputs: DeterrenceInputs;
  /**
   * The bases where the obligor keeps forces on the beneficiary's territory on the date
   * (model/find-bases.ts `stationedIn`): the tripwire, which gives an edge the
   * `forces-stationed` depth term (hand-set) or ATOP's `bases` item (fitted) whether or not
   * the agreement records such an institution. Absent: no base data (the backtest's cases).
   */
  stationed?: ((obligor: StateId, host: StateId) => readonly Base[]) | undefined;
}

/**
 * The terms of one probability, for printing beside the answer: for the hand-set model base,
 * response, depth, distance, capability and distanceKm; for the fitted one each coefficient's
 * β·x, the assumed shifts and each feature as `x.NAME`.
 */
export interface ProbabilityTerms {
  kind: ObligationEdgeKind;
  p: number;
  [term: string]: number | string | undefined;
}
