/** A topic × SOFA matrix: each cell the answer a SOFA gives on the topic, with the articles that give it, or the gap where the sources stop. */
import type { IsoDate } from '../model/ids.ts';
import { fail, type Issue, ok, type Result } from '../model/issues.ts';
import type { Library } from '../model/library.ts';
import type { RuleOutcome, Sofa, SofaCaveat, SofaRule, SofaTopic } from '../model/sofa.ts';
import { didYouMean, suggest } from '../model/suggest.ts';
import { holderOfAll, type SofaHolder } from './holder.ts';
import { decideIncident, type IncidentAnswer, type SofaStep } from './incident.ts';
import { sofaChain } from './incident-input.ts';
import { type IncidentFacts, inForceTest, ruleConditions } from './rule-conditions.ts';

/**
 * The rows a comparison can show; the first four answer a probe incident, the two claims rows read
 * the claims rules for an act on official duty and an off-duty one, the others read the rules.
 */
export const COMPARE_TOPICS = [
  'jurisdiction-off-duty',
  'jurisdiction-official-duty',
  'custody',
  'custody-transfer',
  'host-law',
  'flight-training',
  'environment',
  'access',
  'management',
  'claims-official-duty',
  'claims-off-duty',
  'cost-sharing',
  'joint-committee',
] as const;
export type CompareTopic = (typeof COMPARE_TOPICS)[number];

const LABELS: Record<CompareTopic, string> = {
  'jurisdiction-off-duty': 'primary right: off-duty assault on a host national',
  'jurisdiction-official-duty': 'primary right: act on certified official duty',
  custody: 'custody before indictment (off-duty rape, accused in sending hands)',
  'custody-transfer': 'what the host may ask for before indictment',
  'host-law': 'host-nation law',
  'flight-training': 'host law on flights and training (aviation law)',
  environment: 'environmental law, inspection and clean-up',
  access: "host authorities' access to facilities",
  management: 'management of facilities (exclusive or joint)',
  'claims-official-duty': 'civil claims for damage done on official duty: who decides, who pays',
  'claims-off-duty': 'civil claims for an off-duty wrong: who decides, who pays',
  'cost-sharing': 'costs of the force and its facilities: who pays',
  'joint-committee': 'joint committee: how the two sides implement the SOFA and settle differences',
};

/** The SOFA topics a row speaks to: the gaps and caveats shown with it (the web marks caveats by it too). */
export const ROW_TOPICS: Record<CompareTopic, SofaTopic[]> = {
  'jurisdiction-off-duty': ['criminal-jurisdiction'],
  'jurisdiction-official-duty': ['criminal-jurisdiction', 'official-duty'],
  // Custody rules start from the side with jurisdiction: where that is not found, neither is custody.
  custody: ['custody', 'criminal-jurisdiction'],
  'custody-transfer': ['custody-transfer', 'custody'],
  'host-law': ['host-law'],
  'flight-training': ['flight-training'],
  environment: ['environment'],
  access: ['access'],
  management: ['management'],
  'claims-official-duty': ['civil-claims'],
  'claims-off-duty': ['civil-claims'],
  'cost-sharing': ['cost-sharing'],
  'joint-committee': ['joint-committee'],
};

export interface CompareCell {
  sofa: string;
  /** The answer in a word or two ("receiving", "sending until charge", "applies"), or "not encoded". */
  value: string;
  /** Who the answer gives the right to (sofa/holder.ts): the matrix's colour. */
  holder: SofaHolder;
  detail: string;
  articles: { article: string; sofa: string; textStatus: string; rule: string }[];
  gaps: string[];
}

export interface SofaComparison {
  date: IsoDate;
  sofas: { id: string; shortName: string }[];
  rows: { topic: CompareTopic; label: string; cells: CompareCell[] }[];
  /** Published warnings on the rows' topics, with the SOFA that carries them. */
  caveats: (SofaCaveat & { sofa: string })[];
}

const probe = (date: IsoDate, over: Partial<IncidentFacts>): IncidentFacts => ({
  date,
  person: 'member',
  onDuty: 'no',
  offence: 'assault',
  victim: 'host-national',
  heldBy: 'sending',
  ...over,
});

const cite = (s: SofaStep) => ({
  article: s.article,
  sofa: s.sofa,
  textStatus: s.textStatus,
  rule: s.rule,
});

const custodyOf = (s: SofaStep) => ('custody' in s.outcome ? s.outcome.custody : undefined);

const DECIDES_WORD = {
  sending: 'sending decides',
  receiving: 'receiving decides',
  joint: 'decided jointly',
};
const PAYS_WORD = { sending: 'sending pays', receiving: 'receiving pays', shared: 'costs shared' };

/** Who decides and who pays, in words ("receiving decides, costs shared"), or undefined for neither. */
function decidesPays(o: { decides?: keyof typeof DECIDES_WORD; pays?: keyof typeof PAYS_WORD }) {
  const words = [o.decides && DECIDES_WORD[o.decides], o.pays && PAYS_WORD[o.pays]];
  return words.filter(Boolean).join(', ') || undefined;
}

function answerWord(o: RuleOutcome): string {
  if ('right' in o) return `${o.holder} (${o.right})`;
  if ('custody' in o) return `${o.custody}, until ${o.until}`;
  if ('request' in o) return `${o.request}: ${o.response}`;
  return o.hostLaw ?? o.access ?? o.management ?? decidesPays(o) ?? o.effect;
}

function cellOf(sofa: string, steps: SofaStep[], gaps: string[]): CompareCell {
  if (steps.length === 0)
    return {
      sofa,
      value: 'not encoded',
      holder: 'not-encoded',
      detail: gaps.join(' ') || 'no rule',
      articles: [],
      gaps,
    };
  // A layer's own rules on a topic give the answer; those of the SOFA beneath stay cited beside them.
  const own = steps.filter((s) => s.sofa === steps[0]!.sofa);
  const values = [...new Set(own.map((s) => answerWord(s.outcome)))];
  return {
    sofa,
    value: values.join('; '),
    holder: holderOfAll(own.map((s) => s.outcome)),
    detail: steps.map((s) => s.summary).join(' '),
    articles: steps.map(cite),
    gaps,
  };
}

/**
 * Rules of a read topic in force on the date, as steps, without the rules a layer displaces; with
 * `facts`, only the rules whose conditions the facts meet (the claims rows' act on or off duty).
 */
function ruleSteps(
  chain: Sofa[],
  topic: SofaTopic,
  date: IsoDate,
  facts?: IncidentFacts,
): SofaStep[] {
  const displaced = new Set(chain.flatMap((s) => s.rules.flatMap((r) => r.replaces)));
  const meets = (r: SofaRule) => !facts || ruleConditions(r.when, facts, {}).every((t) => t.pass);
  return chain.flatMap((sofa) =>
    sofa.rules
      .filter(
        (r) =>
          r.topic === topic && !displaced.has(r.id) && inForceTest(sofa, r, date).pass && meets(r),
      )
      .map((r) => {
        const a = sofa.articles.find((x) => x.article === r.article);
        return {
          rule: r.id,
          sofa: sofa.id,
          topic,
          article: r.article,
          textStatus: a?.textStatus ?? 'missing',
          outcome: r.gives,
          summary: r.summary,
          trace: [],
        } as SofaStep;
      }),
  );
}

function stepsFor(
  topic: CompareTopic,
  chain: Sofa[],
  answers: Record<string, IncidentAnswer>,
  date: IsoDate,
) {
  const pick = (a: IncidentAnswer | undefined, s: SofaStep | undefined) => (a && s ? [s] : []);
  if (topic === 'jurisdiction-off-duty') return pick(answers.off, answers.off?.jurisdiction);
  if (topic === 'jurisdiction-official-duty') return pick(answers.duty, answers.duty?.jurisdiction);
  if (topic === 'custody') return pick(answers.rape, answers.rape?.custody);
  if (topic === 'custody-transfer')
    return answers.rape!.requests.filter((r) => r.topic === 'custody-transfer');
  if (topic === 'claims-official-duty')
    return ruleSteps(chain, 'civil-claims', date, probe(date, { onDuty: 'yes' }));
  if (topic === 'claims-off-duty') return ruleSteps(chain, 'civil-claims', date, probe(date, {}));
  return ruleSteps(chain, topic, date);
}

function unknownTopics(topics: readonly string[]): Issue[] {
  return topics
    .filter((t) => !(COMPARE_TOPICS as readonly string[]).includes(t))
    .map((t) => ({
      code: 'invalid_value' as const,
      severity: 'error' as const,
      pointer: '/topics',
      message: `"${t}" is not a topic the comparison has`,
      expected: `one of ${COMPARE_TOPICS.join(', ')}`,
      hint: didYouMean(suggest(t, COMPARE_TOPICS)),
    }));
}

/**
 * The matrix for the SOFAs on a date, rows in the order of `topics`.
 * @example compareSofas(lib, ['us-japan-sofa-1960', 'germany-sa-1959'], '2024-06-01').value.rows[0].cells[1].value // 'receiving (primary)'
 */
export function compareSofas(
  lib: Library,
  ids: readonly string[],
  date: IsoDate,
  topics: readonly string[] = COMPARE_TOPICS,
): Result<SofaComparison> {
  const chains = ids.map((id) => sofaChain(lib, id));
  const issues = [...chains.flatMap((c) => (c.ok ? [] : c.issues)), ...unknownTopics(topics)];
  if (issues.length > 0) return fail(issues);
  const columns = chains.map((c) => (c.ok ? c.value : []));
  const answers = columns.map((chain) => ({
    off: decideIncident(chain, probe(date, {})),
    duty: decideIncident(chain, probe(date, { onDuty: 'certified', offence: 'traffic-death' })),
    rape: decideIncident(chain, probe(date, { offence: 'rape' })),
  }));
  const rows = (topics as CompareTopic[]).map((topic) => ({
    topic,
    label: LABELS[topic],
    cells: columns.map((chain, i) => {
      const gaps = chain.flatMap((s) =>
        s.gaps
          .filter((g) => ROW_TOPICS[topic].includes(g.topic))
          .map((g) => `${g.article ?? g.topic}: ${g.note}`),
      );
      const steps = stepsFor(topic, chain, answers[i]!, date);
      const held = answers[i]!.rape.custody;
      // Nothing to ask for when the host holds the accused already (a design giving custody at arrest).
      if (
        topic === 'custody-transfer' &&
        steps.length === 0 &&
        held &&
        custodyOf(held) === 'receiving'
      )
        return {
          sofa: chain[0]!.id,
          value: 'none needed: the host holds the accused',
          holder: 'host' as const,
          detail: held.summary,
          articles: [cite(held)],
          gaps,
        };
      return cellOf(chain[0]!.id, steps, gaps);
    }),
  }));
  const shown = new Set(rows.flatMap((r) => ROW_TOPICS[r.topic]));
  // A caveat carried by a SOFA several columns are layered on is shown once.
  const carriers = [...new Map(columns.flat().map((s) => [s.id, s])).values()];
  const caveats = carriers.flatMap((s) =>
    s.caveats.filter((c) => c.topics.some((t) => shown.has(t))).map((c) => ({ ...c, sofa: s.id })),
  );
  return ok({
    date,
    sofas: columns.map((c) => ({ id: c[0]!.id, shortName: c[0]!.shortName })),
    rows,
    caveats,
  });
}
