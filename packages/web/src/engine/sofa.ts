/**
 * The SOFA view's answers, from core in the worker: the SOFAs and offence kinds to pick from, an
 * incident (core's answerIncident), and the comparison matrix with each cell's holder of the right
 * and the text of every article it cites.
 */
import {
  AccessAnswer,
  answerIncident,
  COMPARE_TOPICS,
  compareSofas,
  DecidesAnswer,
  HostLawAnswer,
  type IncidentAnswer,
  type IsoDate,
  type Issue,
  type Library,
  ManagementAnswer,
  OFFENCE_KINDS,
  PaysAnswer,
  ROW_TOPICS,
  type RuleOutcome,
  type Sofa,
  type SofaComparison,
  type SofaHolder,
  type SofaId,
  SofaTopic,
} from '@casus/core';

/** Who holds the right a cell answers, as core's comparison reads it (sofa/holder.ts). */
export type Holder = SofaHolder;

export interface SofaSummary {
  id: string;
  shortName: string;
  name: string;
  sending: string[] | 'members';
  receiving: string[] | 'members';
  layerOn?: string | undefined;
  /** A design (Ishiba's revision as a variant), not an agreement in force. */
  proposal: boolean;
  versions: { id: string; name: string; date: string }[];
  /** Its rules, for a design layered on it to name those it displaces. */
  rules: { id: string; topic: string; article: string; summary: string }[];
}

/** What an effect may say besides its sentence (core's RuleOutcome): each one of its enum's words. */
export type EffectAnswer = 'hostLaw' | 'access' | 'management' | 'decides' | 'pays';

/** The four shapes of what a rule gives (core's RuleOutcome). */
export type OutcomeKind = 'right' | 'custody' | 'request' | 'effect';

export interface SofaCatalog {
  sofas: SofaSummary[];
  offences: { id: string; label: string }[];
  topics: string[];
  /** Every topic a rule may speak to (core's SofaTopic), with the shape its rules give in the library. */
  ruleTopics: { id: string; gives: OutcomeKind }[];
  /** The words an effect's host law, access and management take (core's enums). */
  answers: Record<EffectAnswer, string[]>;
  /** The library's SOFA designs in full, for the designer to start from. */
  designs: Sofa[];
}

const kindOf = (o: RuleOutcome): OutcomeKind =>
  'right' in o ? 'right' : 'custody' in o ? 'custody' : 'request' in o ? 'request' : 'effect';

/** The shape most of the library's rules on a topic give; a topic with none yet gives an effect. */
function usualOutcome(lib: Library, topic: string): OutcomeKind {
  const counts = new Map<OutcomeKind, number>();
  for (const s of lib.sofas.values())
    for (const r of s.rules)
      if (r.topic === topic) counts.set(kindOf(r.gives), (counts.get(kindOf(r.gives)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'effect';
}

export interface MatrixArticle {
  article: string;
  sofa: string;
  sofaName: string;
  rule: string;
  textStatus: string;
  /** The article's text, or for a not-quoted article the cited description. */
  text?: string | undefined;
  language?: string | undefined;
  /** The words of the text that carry the rule. */
  quote?: string | undefined;
  source?: string | undefined;
  summary: string;
}

export interface MatrixCell {
  sofa: string;
  value: string;
  detail: string;
  holder: Holder;
  articles: MatrixArticle[];
  gaps: string[];
}

export interface SofaMatrix {
  date: string;
  sofas: { id: string; shortName: string }[];
  rows: { topic: string; label: string; cells: MatrixCell[]; caveats: number[] }[];
  caveats: SofaComparison['caveats'];
}

/** A reciprocal SOFA's two States may each send or receive, so neither side is named alone ("the sending State"). */
function sides(s: Sofa): { sending: string[] | 'members'; receiving: string[] | 'members' } {
  const { sending, receiving } = s.parties;
  if (!s.reciprocal || sending === 'members' || receiving === 'members')
    return { sending, receiving };
  const both = [...sending, ...receiving];
  return { sending: both, receiving: both };
}

export function sofaCatalog(lib: Library): SofaCatalog {
  return {
    sofas: [...lib.sofas.values()].map((s) => ({
      id: s.id,
      shortName: s.shortName,
      name: s.name,
      ...sides(s),
      layerOn: s.layerOn,
      proposal: s.kind === 'proposal',
      versions: s.versions.map((v) => ({
        id: v.id,
        name: v.name,
        date: v.inForce ?? v.signed ?? '',
      })),
      rules: s.rules.map(({ id, topic, article, summary }) => ({ id, topic, article, summary })),
    })),
    offences: OFFENCE_KINDS.map(({ id, label }) => ({ id, label })),
    topics: [...COMPARE_TOPICS],
    ruleTopics: SofaTopic.options.map((id) => ({ id, gives: usualOutcome(lib, id) })),
    answers: {
      hostLaw: HostLawAnswer.options,
      access: AccessAnswer.options,
      management: ManagementAnswer.options,
      decides: DecidesAnswer.options,
      pays: PaysAnswer.options,
    },
    designs: [...lib.sofas.values()].filter((s) => s.kind === 'proposal'),
  };
}

export function sofaIncident(
  lib: Library,
  input: unknown,
): { answer?: IncidentAnswer; issues: Issue[] } {
  const r = answerIncident(lib, input, 'incident');
  return r.ok ? { answer: r.value, issues: [] } : { issues: r.issues };
}

/** The matrix of core's compareSofas, each cell with its holder and its articles' text. */
export function sofaMatrix(
  lib: Library,
  req: { ids: string[]; date: string; topics?: string[] | undefined },
): { matrix?: SofaMatrix; issues: Issue[] } {
  const r = compareSofas(lib, req.ids, req.date as IsoDate, req.topics ?? COMPARE_TOPICS);
  if (!r.ok) return { issues: r.issues };
  const m = r.value;
  const rows = m.rows.map((row) => ({
    topic: row.topic,
    label: row.label,
    caveats: m.caveats
      .map((c, i) => ({ c, i }))
      .filter(({ c }) => c.topics.some((t) => ROW_TOPICS[row.topic].includes(t)))
      .map(({ i }) => i),
    cells: row.cells.map((cell): MatrixCell => {
      const articles = cell.articles.map((a): MatrixArticle => {
        const sofa = lib.sofas.get(a.sofa as SofaId);
        const article = sofa?.articles.find((x) => x.article === a.article);
        const rule = sofa?.rules.find((x) => x.id === a.rule);
        return {
          ...a,
          sofaName: sofa?.shortName ?? a.sofa,
          text: article?.text ?? article?.description,
          language: article?.language,
          quote: rule?.quote,
          source: article?.source,
          summary: rule?.summary ?? '',
        };
      });
      return {
        sofa: cell.sofa,
        value: cell.value,
        detail: cell.detail,
        holder: cell.holder,
        articles,
        gaps: cell.gaps,
      };
    }),
  }));
  return { matrix: { date: m.date, sofas: m.sofas, rows, caveats: m.caveats }, issues: [] };
}
