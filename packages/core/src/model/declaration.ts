/** Declaratory statements: what a government has said, on a date, about a policy commitment (the Taiwan Relations Act's strategic ambiguity), kept as data on the policy clause. */
import { z } from 'zod';
import { IsoDate } from './ids.ts';

/**
 * What a statement says about the commitment: that the state would defend the beneficiary
 * (`defend`), that its policy is unchanged and deliberately unstated (`ambiguity`, a walk-back
 * included), or that it would not (`decline`).
 */
export const Stance = z.enum(['defend', 'ambiguity', 'decline']);
export type Stance = z.infer<typeof Stance>;

/**
 * One dated statement. Its words are quoted (`verbatim`) only where the source gives them word
 * for word; otherwise `not-quoted` with a description in our words, which is never a quotation.
 */
export const Declaration = z
  .object({
    date: IsoDate,
    /** Who spoke, with office: "President Joe Biden", "a White House official". */
    speaker: z.string().min(1),
    stance: Stance,
    textStatus: z.enum(['verbatim', 'not-quoted']),
    text: z.string().min(1).optional(),
    /** In our words: the occasion and what was said; not a quotation. */
    description: z.string().min(1),
    source: z.string().min(1),
  })
  .strict()
  .refine((d) => (d.textStatus === 'verbatim') === (d.text !== undefined), {
    message: 'a verbatim statement needs "text"; a not-quoted one has none',
    path: ['text'],
  });
export type Declaration = z.infer<typeof Declaration>;
