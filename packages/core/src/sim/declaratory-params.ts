/**
 * The declaratory-policy group of a reliability file (`declaratory:`, hand-set or fitted): the
 * expert-elicited prior of a policy commitment per stakes, how a survey's share of confident
 * experts becomes a probability, and the shift per declaratory statement made since the survey.
 */
import { z } from 'zod';
import { AgreementId, ClauseId, IsoDate } from '../model/ids.ts';

/** What kind of war the event makes it, as the model can state it from the event (sim/stakes.ts). */
export const Stakes = z.enum(['invasion', 'blockade', 'quarantine']);
export type Stakes = z.infer<typeof Stakes>;

const Coefficient = z.object({ value: z.number(), source: z.string().min(1) }).strict();
const Probability = z
  .object({ value: z.number().min(0).max(1), source: z.string().min(1) })
  .strict();

/**
 * A published expert survey, as a parameter's source: the third kind beside a fit and an
 * assumption. `share` is the survey's own figure (the share of respondents giving the answer),
 * not a probability; the conversion turns it into one.
 */
export const ElicitedSource = z
  .object({
    kind: z.literal('elicited'),
    survey: z.string().min(1),
    /** When the survey was published. */
    published: IsoDate,
    /** When respondents answered: the prior knows what was said up to `to`. */
    fielded: z.object({ from: IsoDate, to: IsoDate }).strict(),
    /** The survey's question, in its words where `questionStatus` is verbatim. */
    question: z.string().min(1),
    questionStatus: z.enum(['verbatim', 'not-quoted']),
    /** The answer whose share is the figure, e.g. "at least moderately confident". */
    answer: z.string().min(1),
    n: z.number().int().positive(),
    url: z.string().url(),
  })
  .strict();
export type ElicitedSource = z.infer<typeof ElicitedSource>;

/** The prior of one policy clause for one kind of war. */
export const ElicitedPrior = z
  .object({
    agreement: AgreementId,
    clause: ClauseId,
    stakes: Stakes,
    share: z.number().min(0).max(1),
    source: ElicitedSource,
  })
  .strict();
export type ElicitedPrior = z.infer<typeof ElicitedPrior>;

export const DeclaratoryParams = z
  .object({
    /** p = share × confident + (1 − share) × notConfident: the probability each group is taken to hold. */
    conversion: z.object({ confident: Probability, notConfident: Probability }).strict(),
    /** Logit shift per statement made after the survey's fieldwork and before the scenario's date. */
    statement: z
      .object({ defend: Coefficient, ambiguity: Coefficient, decline: Coefficient })
      .strict(),
    /** The statements' summed shift is clamped to ±cap. */
    cap: Coefficient,
    priors: z.array(ElicitedPrior).min(1),
  })
  .strict();
export type DeclaratoryParams = z.infer<typeof DeclaratoryParams>;

/**
 * A survey share as a probability, by the file's conversion.
 * @example elicitedProbability(declaratory, 0.96) // 0.96 × 0.85 + 0.04 × 0.3 = 0.828
 */
export const elicitedProbability = (d: DeclaratoryParams, share: number): number =>
  share * d.conversion.confident.value + (1 - share) * d.conversion.notConfident.value;

/** One parameter of the group, by its dotted name, with the value the model uses and its source. */
export interface DeclaratoryEntry {
  parameter: string;
  value: number;
  source: string | ElicitedSource;
}

/**
 * The group's parameters, flat: the conversion, the statement shifts and cap, and each prior as
 * the probability it converts to (`prior.AGREEMENT.CLAUSE.STAKES`), for printing beside answers.
 * @example declaratoryEntries(d)[0] // {parameter: 'declaratory.conversion.confident', value: 0.85, …}
 */
export function declaratoryEntries(d: DeclaratoryParams): DeclaratoryEntry[] {
  const plain = (name: string, c: { value: number; source: string }): DeclaratoryEntry => ({
    parameter: `declaratory.${name}`,
    value: c.value,
    source: c.source,
  });
  return [
    plain('conversion.confident', d.conversion.confident),
    plain('conversion.notConfident', d.conversion.notConfident),
    ...Object.entries(d.statement).map(([stance, c]) => plain(`statement.${stance}`, c)),
    plain('cap', d.cap),
    ...d.priors.map((p) => ({
      parameter: `declaratory.prior.${p.agreement}.${p.clause}.${p.stakes}`,
      value: elicitedProbability(d, p.share),
      source: p.source,
    })),
  ];
}
