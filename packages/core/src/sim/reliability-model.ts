/** A reliability model is hand-set (library/models/reliability.yaml, `form: logistic`) or fitted to history (`form: logistic-fitted`): read by its form, printed beside every answer. */

import type { Result } from '../model/issues.ts';
import { parseYaml } from '../model/yaml-source.ts';
import { declaratoryEntries } from './declaratory-params.ts';
import { parseSimFittedReliability } from './fitted-probability.ts';
import type { ReliabilityModel } from './reliability-context.ts';
import { parameterValues, parseReliabilityParams } from './reliability-params.ts';

/**
 * Parses either form of reliability file, chosen by its `form` field; a fitted file must be one
 * the simulation can evaluate (parseSimFittedReliability).
 * @example parseReliabilityModel(text, 'library/models/reliability-fitted.yaml').value?.form // 'logistic-fitted'
 */
export function parseReliabilityModel(text: string, file: string): Result<ReliabilityModel> {
  const { source } = parseYaml(text, file);
  const form = (source?.value as { form?: unknown } | undefined)?.form;
  return form === 'logistic-fitted'
    ? parseSimFittedReliability(text, file)
    : parseReliabilityParams(text, file);
}

/** The model's equation, in words, for the stamp beside every answer. */
export const modelFormula = (m: ReliabilityModel): string =>
  m.form === 'logistic'
    ? `logit(p) = logit(base) + response + depth + distance + capability${declaratoryFormula(m)}`
    : `logit(p) = ${m.coefficients.map((c) => (c.name === 'intercept' ? c.name : `β·${c.name}`)).join(' + ')} + response + dormant (+ kind shift for a permission or policy); coefficients fitted by ${m.fit.command}${declaratoryFormula(m)}`;

function declaratoryFormula(m: ReliabilityModel): string {
  return m.declaratory
    ? '; a policy with an elicited prior for the stakes: logit(p) = logit(prior) + statements since the survey'
    : '';
}

/**
 * The values the model uses, by group (no sources), for printing beside every answer: the
 * hand-set parameters, or the fitted estimates (with their standard errors) and the assumptions.
 * @example modelValues(fitted).coefficients.postwar // −2.13
 */
export function modelValues(m: ReliabilityModel): Record<string, Record<string, number>> {
  const declaratory: Record<string, Record<string, number>> = m.declaratory
    ? {
        declaratory: Object.fromEntries(
          declaratoryEntries(m.declaratory).map((e) => [
            e.parameter.replace(/^declaratory\./, ''),
            e.value,
          ]),
        ),
      }
    : {};
  if (m.form === 'logistic') return { ...parameterValues(m), ...declaratory };
  return {
    coefficients: Object.fromEntries(m.coefficients.map((c) => [c.name, c.estimate])),
    se: Object.fromEntries(m.coefficients.map((c) => [c.name, c.se])),
    assumptions: Object.fromEntries(Object.entries(m.assumptions).map(([k, a]) => [k, a.value])),
    ...declaratory,
  };
}
