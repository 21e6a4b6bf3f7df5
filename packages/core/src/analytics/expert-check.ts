/**
 * The model beside published expert judgement: per scenario of the reference file's check, each
 * state's P(enter) with how the model gets it (fitted, elicited, hand-set, affinity), beside the
 * experts' figure where one is published, and a note where the model's parameter is elicited
 * from that very survey (then agreement between the two is circular, not a test).
 */
import type { ExpertJudgement, ExpertJudgements } from '../model/expert-judgements.ts';
import type { StateId } from '../model/ids.ts';
import type { ReliabilityModel } from '../sim/reliability-context.ts';
import type { ScenarioSummary } from '../sim/summary.ts';
import type { ExpertRow, ModelBasis } from './expert-output.ts';

/** The basis of a state's entry: the kinds of the obligations that can bring it in. */
export function modelBasis(
  summary: ScenarioSummary,
  state: StateId,
  model: ReliabilityModel,
): ModelBasis {
  const round0 = summary.states.find((s) => s.state === state)?.round0;
  if (round0) return { kind: 'round 0', detail: 'the scenario puts it at war', surveyUrls: [] };
  const own = summary.obligations.filter((o) => o.obligor === state);
  // A user's override replaces the model: the comparison is then with the user, not the model.
  const overridden = own.filter((o) => o.source === 'override');
  if (overridden.length > 0)
    return {
      kind: 'override',
      detail: [...new Set(overridden.map((o) => `${o.obligor}:${o.beneficiary} = ${o.p}`))].join(
        '; ',
      ),
      surveyUrls: [],
    };
  const elicited = own.filter((o) => o.terms?.elicited !== undefined);
  if (elicited.length > 0)
    return {
      kind: 'elicited',
      detail: [...new Set(elicited.map((o) => String(o.terms?.survey)))].join('; '),
      surveyUrls: [...new Set(elicited.map((o) => String(o.terms?.surveyUrl)))],
    };
  // A host drawn in by its bases: its yes is an assumption, and the duties the strikes set off come after it.
  const basing = own.filter((o) => o.kind === 'basing');
  if (basing.length > 0)
    return {
      kind: 'basing',
      detail: `its yes to combat from its bases (basing.consent or basing.jointDecision, assumptions) for ${[...new Set(basing.map((o) => o.beneficiary))].join(', ')}, then what the strikes on them set off`,
      surveyUrls: [],
    };
  if (own.length === 0)
    return {
      kind: 'affinity only',
      detail: 'no obligation fires: affinity joins (assumptions)',
      surveyUrls: [],
    };
  const via = [...new Set(own.map((o) => `${o.agreement} ${o.article} (${o.kind})`))].join('; ');
  return model.form === 'logistic-fitted'
    ? { kind: 'fitted', detail: `fitted to history, with assumed shifts: ${via}`, surveyUrls: [] }
    : { kind: 'hand-set', detail: `hand-set parameters: ${via}`, surveyUrls: [] };
}

/**
 * The rows of the check, scenario by scenario: the file's states first (one row per judgement of
 * the state, or one row without an expert figure), then states and groups judged beyond them.
 * @example expertRows(file, summaries, model).filter((r) => r.circular) // the CSIS rows under the library's model
 */
export function expertRows(
  file: ExpertJudgements,
  summaries: ReadonlyMap<string, ScenarioSummary>,
  model: ReliabilityModel,
): ExpertRow[] {
  const survey = new Map(file.surveys.map((s) => [s.id, s]));
  return file.check.scenarios.flatMap((scenario) => {
    const summary = summaries.get(scenario)!;
    const judged = file.judgements.filter((j) => j.scenario === scenario);
    const states = [
      ...new Set([...file.check.states, ...judged.flatMap((j) => (j.state ? [j.state] : []))]),
    ];
    const modelOf = (state: StateId) => {
      const outcome = summary.states.find((s) => s.state === state);
      const enter = outcome?.enter ?? { value: 0, low: 0, high: 0 };
      return { enter, enterModel: outcome?.enterModel, basis: modelBasis(summary, state, model) };
    };
    const expertOf = ({ scenario: _s, state: _t, survey: id, ...rest }: ExpertJudgement) => ({
      ...rest,
      survey: survey.get(id)!,
    });
    const rows = states.flatMap((state): ExpertRow[] => {
      const m = modelOf(state);
      const mine = judged.filter((j) => j.state === state);
      if (mine.length === 0) return [{ scenario, state, model: m, circular: false }];
      return mine.map((j) => {
        const expert = expertOf(j);
        return {
          scenario,
          state,
          model: m,
          expert,
          circular: m.basis.surveyUrls.includes(expert.survey.url),
        };
      });
    });
    const groups = judged
      .filter((j) => !j.state)
      .map((j): ExpertRow => ({ scenario, expert: expertOf(j), circular: false }));
    return [...rows, ...groups];
  });
}
