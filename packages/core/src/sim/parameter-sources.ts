/**
 * Where each parameter of a reliability model comes from, by kind: `fitted` to history (casus
 * fit), `elicited` from a published expert survey, `cited` from a published figure, or an
 * `assumption` (a judgement with no published estimate), for every surface that prints a model.
 */
import { declaratoryEntries, type ElicitedSource } from './declaratory-params.ts';
import type { ReliabilityModel } from './reliability-context.ts';

export const SOURCE_KINDS = ['fitted', 'elicited', 'cited', 'assumption'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export interface ParameterSource {
  /** Dotted name: `base.policy`, `coefficients.distance`, `declaratory.prior.…`. */
  parameter: string;
  value: number;
  kind: SourceKind;
  /** The source as the file states it; for an elicited one, its survey in one line. */
  source: string;
  /** The survey, its date, question and n, for an elicited parameter. */
  survey?: ElicitedSource | undefined;
}

/**
 * A source written as text is an assumption when it says so (the files' convention: "assumption
 * (…)", a reference category, or a fitted file's copy "…: assumption (…)"), and a citation otherwise.
 */
const kindOfText = (source: string): SourceKind =>
  /^assumption\b|: assumption\b|^reference category|: reference category/.test(source)
    ? 'assumption'
    : 'cited';

const surveyLine = (s: ElicitedSource) =>
  `${s.survey}, published ${s.published}, fielded ${s.fielded.from} to ${s.fielded.to}, n ${s.n}: share answering "${s.answer}" to "${s.question}"`;

/**
 * Every parameter of the model with its source kind.
 * @example parameterSources(handSet).find((s) => s.parameter === 'base.duty')?.kind // 'cited'
 */
export function parameterSources(m: ReliabilityModel): ParameterSource[] {
  const text = (parameter: string, c: { value: number; source: string }): ParameterSource => ({
    parameter,
    value: c.value,
    kind: kindOfText(c.source),
    source: c.source,
  });
  const own: ParameterSource[] =
    m.form === 'logistic'
      ? Object.entries(m).flatMap(([group, entries]) =>
          typeof entries === 'object' && entries !== null && group !== 'declaratory'
            ? Object.entries(entries as Record<string, { value: number; source: string }>).map(
                ([k, c]) => text(`${group}.${k}`, c),
              )
            : [],
        )
      : [
          ...m.coefficients.map((c) => ({
            parameter: `coefficients.${c.name}`,
            value: c.estimate,
            kind: 'fitted' as const,
            source: `${m.fit.command} (se ${c.se.toPrecision(3)}, ${c.n} of ${m.fit.n} cases)`,
          })),
          ...Object.entries(m.assumptions).map(([k, a]) => text(`assumptions.${k}`, a)),
        ];
  const declared = (m.declaratory ? declaratoryEntries(m.declaratory) : []).map((e) =>
    typeof e.source === 'string'
      ? text(e.parameter, { value: e.value, source: e.source })
      : { ...e, kind: 'elicited' as const, source: surveyLine(e.source), survey: e.source },
  );
  return [...own, ...declared];
}

/**
 * The counts by kind and the surveys behind the elicited parameters, in one line for a header.
 * @example sourceSummary(parameterSources(m)) // '10 fitted, 3 elicited, 1 cited, 17 assumption; elicited from: CSIS …'
 */
export function sourceSummary(sources: readonly ParameterSource[]): string {
  const counts = SOURCE_KINDS.map((k) => `${sources.filter((s) => s.kind === k).length} ${k}`);
  const surveys = [
    ...new Set(sources.flatMap((s) => (s.survey ? [`${s.survey.survey} (n ${s.survey.n})`] : []))),
  ];
  return `${counts.join(', ')}${surveys.length ? `; elicited from ${surveys.join('; ')}` : ''}`;
}
