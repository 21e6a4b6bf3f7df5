/** The reliability model's parameters: a zod schema for library/models/reliability.yaml, parsed with located errors. */
import { z } from 'zod';
import { InstitutionKind } from '../model/agreement.ts';
import type { Result } from '../model/issues.ts';
import { validate } from '../model/schema-issues.ts';
import { parseYaml } from '../model/yaml-source.ts';
import { DeclaratoryParams } from './declaratory-params.ts';

/** One number with where it comes from: a citation, or "assumption". */
const Coefficient = z.object({ value: z.number(), source: z.string().min(1) }).strict();
const Probability = z
  .object({ value: z.number().min(0).max(1), source: z.string().min(1) })
  .strict();
const OpenProbability = z
  .object({ value: z.number().gt(0).lt(1), source: z.string().min(1) })
  .strict();

const depthShape = Object.fromEntries(
  InstitutionKind.options.map((k) => [k, Coefficient]),
) as Record<InstitutionKind, typeof Coefficient>;

export const ReliabilityParams = z
  .object({
    version: z.literal(1),
    form: z.literal('logistic'),
    base: z
      .object({ duty: OpenProbability, permission: OpenProbability, policy: OpenProbability })
      .strict(),
    response: z
      .object({
        automatic: Coefficient,
        constitutional: Coefficient,
        'consult-first': Coefficient,
        discretionary: Coefficient,
        unstated: Coefficient,
      })
      .strict(),
    depth: z.object({ ...depthShape, cap: Coefficient, dormant: Coefficient }).strict(),
    distance: z.object({ perThousandKm: Coefficient, floor: Coefficient }).strict(),
    capability: z.object({ perLogRatio: Coefficient, bound: Coefficient }).strict(),
    domesticConstraint: z.object({ p: Probability }).strict(),
    affinity: z
      .object({
        treaty: Probability,
        'executive-agreement': Probability,
        'joint-statement': Probability,
        proposal: Probability,
        'domestic-law': Probability,
      })
      .strict(),
    /** A host's yes to combat from its bases (engine/basing.ts); without it, hosts never say yes unless assumed. */
    basing: z.object({ consent: Probability, jointDecision: Probability }).strict().optional(),
    /** Policies with an expert-elicited prior (sim/declaratory-params.ts); without it, base.policy. */
    declaratory: DeclaratoryParams.optional(),
  })
  .strict();
export type ReliabilityParams = z.infer<typeof ReliabilityParams>;

/**
 * Parses the reliability YAML; every problem comes back as an issue with file, line and column.
 * @example parseReliabilityParams(text, 'library/models/reliability.yaml').ok // true
 */
export function parseReliabilityParams(text: string, file: string): Result<ReliabilityParams> {
  const { source, issues } = parseYaml(text, file);
  if (!source) return { ok: false, issues };
  return validate(ReliabilityParams, source.value, file, source);
}

/** The values alone (no sources), for printing beside every answer. */
export function parameterValues(params: ReliabilityParams): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const [group, entries] of Object.entries(params)) {
    if (typeof entries !== 'object' || entries === null || group === 'declaratory') continue;
    out[group] = Object.fromEntries(
      Object.entries(entries as Record<string, { value: number }>).map(([k, c]) => [k, c.value]),
    );
  }
  return out;
}
