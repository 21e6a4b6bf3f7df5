/**
 * The SOFA designer's form state and the library file it stands for: a revision layered on a
 * SOFA, one rule per topic it changes, each rule an assumption with its source (core's Sofa
 * schema for a proposal). The form holds what a person edits; `toSofaInput` writes the file.
 */
import type { Issue, RuleOutcome, Sofa, SofaInput } from '@casus/core';
import type { EffectAnswer, OutcomeKind, SofaSummary } from '../../engine/sofa.ts';

type Side = 'sending' | 'receiving';

/** What an effect may say besides its sentence, in the form's order. */
export const EFFECT_ANSWERS: readonly EffectAnswer[] = [
  'hostLaw',
  'access',
  'management',
  'decides',
  'pays',
];

/** What a rule gives, flat: switching the kind keeps what was typed for the others. */
export interface OutcomeDraft extends Record<EffectAnswer, string> {
  kind: OutcomeKind;
  right: 'primary' | 'exclusive';
  holder: Side;
  custody: Side;
  until: string;
  request: string;
  by: Side;
  response: string;
  deadline: string;
  /** An effect's answers (hostLaw, access, …) are '' where it says none. */
  effect: string;
}

export interface RuleDraft {
  id: string;
  topic: string;
  gives: OutcomeDraft;
  /** The offences the rule is limited to; none: any offence. */
  offences: string[];
  /** The side that must hold the right to exercise jurisdiction; '': either. */
  jurisdiction: '' | Side;
  /** The rest of the starting rule's conditions (persons, victims, …), kept as they were. */
  otherWhen: Record<string, unknown>;
  /** Rules of the base SOFA this one displaces. */
  replaces: string[];
  /** The proposed article: its name, the cited description of what it provides, and its source. */
  article: string;
  description: string;
  articleSource: string;
  summary: string;
  /** What the design assumes, where the idea comes from, and the existing articles it copies. */
  says: string;
  source: string;
  copies: { sofa: string; article: string }[];
}

export interface SofaDesign {
  id: string;
  name: string;
  shortName: string;
  /** The SOFA the revision is layered on. */
  base: string;
  summary: string;
  /** One per line: what the file assumes as a whole, and its sources. */
  assumptions: string;
  sources: string;
  rules: RuleDraft[];
}

const blankOutcome = (kind: OutcomeKind): OutcomeDraft => ({
  kind,
  right: 'primary',
  holder: 'receiving',
  custody: 'receiving',
  until: '',
  request: '',
  by: 'receiving',
  response: '',
  deadline: '',
  ...(Object.fromEntries(EFFECT_ANSWERS.map((k) => [k, ''])) as Record<EffectAnswer, string>),
  effect: '',
});

/**
 * A revision of `base` with no rules yet.
 * @example blankSofaDesign({id: 'us-japan-sofa-1960', shortName: 'US–Japan SOFA (1960)'}).id // 'us-japan-sofa-1960-revision'
 */
export function blankSofaDesign(base: Pick<SofaSummary, 'id' | 'shortName'>): SofaDesign {
  return {
    id: `${base.id}-revision`,
    name: `${base.shortName} revised (design)`,
    shortName: `${base.shortName}, revised (design)`,
    base: base.id,
    summary: '',
    assumptions: `A layer on ${base.id}: every rule of it holds unless a rule here decides first or displaces it.\nNo dates: read as in force on any date.`,
    sources: '',
    rules: [],
  };
}

/**
 * A new rule on `topic`, its id unique in the design.
 * @example newRule(design, 'custody', 'custody').id // 'custody-1'
 */
export function newRule(design: SofaDesign, topic: string, kind: OutcomeKind): RuleDraft {
  const ids = new Set(design.rules.map((r) => r.id));
  let n = 1;
  while (ids.has(`${topic}-${n}`)) n++;
  return {
    id: `${topic}-${n}`,
    topic,
    gives: blankOutcome(kind),
    offences: [],
    jurisdiction: '',
    otherWhen: {},
    replaces: [],
    article: `Proposed article on ${topic}`,
    description: '',
    articleSource: 'Assumption of this design.',
    summary: '',
    says: '',
    source: '',
    copies: [],
  };
}

function outcomeDraft(gives: Sofa['rules'][number]['gives']): OutcomeDraft {
  if ('right' in gives) return { ...blankOutcome('right'), ...gives };
  if ('custody' in gives) return { ...blankOutcome('custody'), ...gives };
  if ('request' in gives) return { ...blankOutcome('request'), deadline: '', ...gives };
  return {
    ...blankOutcome('effect'),
    ...Object.fromEntries(EFFECT_ANSWERS.map((k) => [k, gives[k] ?? ''])),
    effect: gives.effect,
  };
}

/**
 * The form for one of the library's designs, under an id of its own (the library's would clash).
 * @example designFromSofa(customAtArrest).rules[0].offences // ['murder', 'rape']
 */
export function designFromSofa(sofa: Sofa): SofaDesign {
  return {
    id: `${sofa.id}-design`,
    name: sofa.name,
    shortName: sofa.shortName,
    base: sofa.layerOn ?? '',
    summary: sofa.summary,
    assumptions: sofa.assumptions.join('\n'),
    sources: sofa.sources.join('\n'),
    rules: sofa.rules.map((r): RuleDraft => {
      const { offences, jurisdiction, ...otherWhen } = r.when;
      const article = sofa.articles.find((a) => a.article === r.article);
      const one = jurisdiction?.length === 1 ? jurisdiction[0]! : '';
      return {
        id: r.id,
        topic: r.topic,
        gives: outcomeDraft(r.gives),
        offences: offences ?? [],
        jurisdiction: one,
        otherWhen: one || !jurisdiction ? otherWhen : { ...otherWhen, jurisdiction },
        replaces: r.replaces,
        article: r.article,
        description: article?.description ?? article?.text ?? '',
        articleSource: article?.source ?? '',
        summary: r.summary,
        says: r.assumption?.says ?? '',
        source: r.assumption?.source ?? '',
        copies: r.assumption?.copies ?? [],
      };
    }),
  };
}

function outcomeOf(g: OutcomeDraft): RuleOutcome {
  if (g.kind === 'right') return { right: g.right, holder: g.holder };
  if (g.kind === 'custody') return { custody: g.custody, until: g.until };
  if (g.kind === 'request')
    return {
      request: g.request,
      by: g.by,
      response: g.response,
      ...(g.deadline ? { deadline: g.deadline } : {}),
    };
  return {
    ...Object.fromEntries(EFFECT_ANSWERS.filter((k) => g[k]).map((k) => [k, g[k]])),
    effect: g.effect,
  };
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** The design's articles by name, in the order its rules first cite them. */
export const articleNames = (design: SofaDesign): string[] => [
  ...new Set(design.rules.map((r) => r.article)),
];

/**
 * The library file the form stands for: a proposal layered on its base, with the base's parties.
 * Empty fields stay empty, so that core's validator names them.
 * @example toSofaInput(design, usJapan).layerOn // 'us-japan-sofa-1960'
 */
export function toSofaInput(
  design: SofaDesign,
  base: Pick<SofaSummary, 'sending' | 'receiving'> | undefined,
): SofaInput {
  // Rules citing one article share it: the first rule's description and source speak for it.
  const articles = articleNames(design).map((name) => {
    const r = design.rules.find((x) => x.article === name)!;
    return {
      article: name,
      textStatus: 'not-quoted' as const,
      description: r.description,
      source: r.articleSource,
    };
  });
  return {
    id: design.id,
    name: design.name,
    shortName: design.shortName,
    kind: 'proposal',
    assumptions: lines(design.assumptions),
    parties: { sending: base?.sending ?? [], receiving: base?.receiving ?? [] },
    ...(design.base ? { layerOn: design.base } : {}),
    versions: [
      {
        id: 'proposal',
        kind: 'proposal',
        name: `${design.name} (design)`,
        summary: 'No text and no date; read as in force on any date it is asked about.',
        source: 'Casus workbench design',
      },
    ],
    summary: design.summary,
    articles,
    rules: design.rules.map((r) => {
      const when = {
        ...r.otherWhen,
        ...(r.offences.length > 0 ? { offences: r.offences } : {}),
        ...(r.jurisdiction ? { jurisdiction: [r.jurisdiction] } : {}),
      };
      return {
        id: r.id,
        topic: r.topic as never,
        article: r.article,
        ...(r.replaces.length > 0 ? { replaces: r.replaces } : {}),
        ...(Object.keys(when).length > 0 ? { when } : {}),
        gives: outcomeOf(r.gives),
        summary: r.summary,
        assumption: {
          says: r.says,
          source: r.source,
          ...(r.copies.length > 0 ? { copies: r.copies as never } : {}),
        },
      };
    }),
    sources: lines(design.sources),
  };
}

/** The form's fields a rule's pointer names, by the segment after /rules/<i>/. */
const RULE_FIELDS: [RegExp, string][] = [
  [/^assumption\/source/, 'source'],
  [/^assumption\/says/, 'says'],
  [/^assumption\/copies/, 'copies'],
  [/^assumption$|^$/, 'rule'],
  [/^article/, 'article'],
  [/^summary/, 'summary'],
  [/^gives/, 'gives'],
  [/^when/, 'when'],
  [/^replaces/, 'replaces'],
  [/^topic/, 'topic'],
  [/^id/, 'rule'],
];
const ARTICLE_FIELDS: Record<string, string> = {
  description: 'description',
  source: 'articleSource',
  article: 'article',
  text: 'description',
};

/**
 * Which field of the form each issue is about: "rules.0.source", "id", "sources"; issues no field
 * names go under "design".
 * @example fieldOfIssue({pointer: '/rules/1/assumption/source'}, design) // 'rules.1.source'
 */
export function fieldOfIssue(issue: Pick<Issue, 'pointer'>, design: SofaDesign): string {
  const rule = /^\/rules\/(\d+)(?:\/(.*))?$/.exec(issue.pointer);
  if (rule) {
    const field = RULE_FIELDS.find(([re]) => re.test(rule[2] ?? ''))?.[1] ?? 'rule';
    return `rules.${rule[1]}.${field}`;
  }
  const article = /^\/articles\/(\d+)(?:\/([a-zA-Z]+))?/.exec(issue.pointer);
  if (article) {
    const name = articleNames(design)[Number(article[1])];
    const i = design.rules.findIndex((r) => r.article === name);
    return i < 0 ? 'design' : `rules.${i}.${ARTICLE_FIELDS[article[2] ?? ''] ?? 'article'}`;
  }
  const top = /^\/(id|name|shortName|summary|assumptions|sources|layerOn|parties)\b/.exec(
    issue.pointer,
  );
  if (!top) return 'design';
  return top[1] === 'layerOn' || top[1] === 'parties' ? 'base' : top[1]!;
}

/**
 * The issues grouped by the field they are about.
 * @example issuesByField(issues, design).get('rules.0.source')?.[0].code // 'invalid_value'
 */
export function issuesByField(issues: readonly Issue[], design: SofaDesign): Map<string, Issue[]> {
  const out = new Map<string, Issue[]>();
  for (const i of issues) {
    const key = fieldOfIssue(i, design);
    out.set(key, [...(out.get(key) ?? []), i]);
  }
  return out;
}

/**
 * Whether a stored value has the form's shape (a design saved by an older workbench is dropped).
 * @example isSofaDesign(JSON.parse(localStorage.getItem(key))) // true for a design saved here
 */
export function isSofaDesign(v: unknown): v is SofaDesign {
  const d = v as Partial<SofaDesign> | null;
  return (
    typeof d?.id === 'string' &&
    typeof d.base === 'string' &&
    Array.isArray(d.rules) &&
    d.rules.every((r) => typeof r?.gives?.kind === 'string' && Array.isArray(r.offences))
  );
}
