/** An incident under a SOFA: who has the right to exercise jurisdiction, who holds the accused before indictment, and what either side may ask. */
import type { TextStatus } from '../model/clause.ts';
import type { RuleOutcome, Sofa, SofaGap, SofaId, SofaRule, SofaTopic } from '../model/sofa.ts';
import {
  type Derived,
  type IncidentFacts,
  inForceTest,
  ruleConditions,
  type SofaCondition,
} from './rule-conditions.ts';
import type { SofaSides } from './sides.ts';

/** A rule that applied: what it decides, the article with the status of its text, and every condition it passed. */
export interface SofaStep {
  rule: string;
  sofa: SofaId;
  topic: SofaTopic;
  article: string;
  textStatus: TextStatus | 'missing';
  /** The words of the article that carry the rule, when the article is quoted. */
  quote?: string | undefined;
  /** The article's quoted text, or for a not-quoted article the cited description of it. */
  text?: string | undefined;
  source?: string | undefined;
  outcome: RuleOutcome;
  summary: string;
  trace: SofaCondition[];
}

/** A rule that did not apply, and the first reason why. */
export interface SofaMiss {
  rule: string;
  sofa: SofaId;
  topic: SofaTopic;
  article: string;
  reason: string;
  trace: SofaCondition[];
}

export interface IncidentAnswer {
  sofa: { id: SofaId; shortName: string; layers: SofaId[] };
  facts: IncidentFacts;
  /** The rule that decided jurisdiction, or undefined where no encoded rule does. */
  jurisdiction?: SofaStep | undefined;
  custody?: SofaStep | undefined;
  /** Requests either side may make (waiver, transfer of custody), and what the other owes them. */
  requests: SofaStep[];
  /** Other rules that speak to the incident (who is in the civilian component, official-duty certificates, who settles the claims). */
  notes: SofaStep[];
  notApplied: SofaMiss[];
  /** Topics the reference could not support, for this SOFA and those it is layered on. */
  gaps: (SofaGap & { sofa: SofaId })[];
  /** The States behind "sending" and "receiving", where the SOFA's parties or the question name them. */
  sides?: SofaSides | undefined;
}

/** Decision topics: the first rule that applies decides. Others: every rule that applies is reported. */
const ORDER: SofaTopic[] = [
  'civilian-component',
  'criminal-jurisdiction',
  'official-duty',
  'waiver',
  'custody',
  'custody-transfer',
  'civil-claims',
  'aircraft-accident',
];
const DECIDES = new Set<SofaTopic>(['criminal-jurisdiction', 'custody']);
/** Topics that say something about the incident besides who tries and who holds: notes, not requests. */
const NOTES = new Set<SofaTopic>([
  'official-duty',
  'civilian-component',
  'civil-claims',
  'aircraft-accident',
]);

interface Candidate {
  rule: SofaRule;
  sofa: Sofa;
}

/** The layered SOFA first, then the ones beneath it, without the rules a layer displaces. */
function candidates(chain: Sofa[], misses: SofaMiss[]): Candidate[] {
  const replaced = new Map<string, Candidate>();
  for (const sofa of chain)
    for (const rule of sofa.rules) for (const id of rule.replaces) replaced.set(id, { rule, sofa });
  const out: Candidate[] = [];
  for (const sofa of chain)
    for (const rule of sofa.rules) {
      const by = replaced.get(rule.id);
      if (!by) out.push({ rule, sofa });
      else
        misses.push({
          ...missOf({ rule, sofa }, []),
          reason: `displaced by ${by.sofa.shortName} ${by.rule.article} (${by.rule.id})`,
        });
    }
  return out;
}

function missOf(c: Candidate, trace: SofaCondition[]): SofaMiss {
  const failed = trace.find((t) => !t.pass);
  return {
    rule: c.rule.id,
    sofa: c.sofa.id,
    topic: c.rule.topic,
    article: c.rule.article,
    reason: failed?.reason ?? '',
    trace,
  };
}

function stepOf(c: Candidate, trace: SofaCondition[]): SofaStep {
  const article = c.sofa.articles.find((a) => a.article === c.rule.article);
  return {
    rule: c.rule.id,
    sofa: c.sofa.id,
    topic: c.rule.topic,
    article: c.rule.article,
    textStatus: article?.textStatus ?? 'missing',
    quote: c.rule.quote,
    text: article?.text ?? article?.description,
    source: article?.source,
    outcome: c.rule.gives,
    summary: c.rule.summary,
    trace,
  };
}

function traceOf(c: Candidate, facts: IncidentFacts, derived: Derived): SofaCondition[] {
  const trace = [inForceTest(c.sofa, c.rule, facts.date)];
  if (!trace[0]!.pass) return trace;
  trace.push(...ruleConditions(c.rule.when, facts, derived));
  if (c.rule.otherwise)
    trace.push({
      test: 'otherwise',
      pass: true,
      reason: `otherwise: no earlier ${c.rule.topic} rule applied ("any other offence")`,
    });
  return trace;
}

function derive(derived: Derived, step: SofaStep) {
  const o = step.outcome;
  if ('right' in o) {
    derived.jurisdiction = o.holder;
    derived.right = o.right;
  }
  if ('custody' in o) derived.custody = o.custody;
}

/**
 * Answers an incident under a SOFA and those it is layered on (`chain`: the SOFA first).
 * @example decideIncident([natoSofa], {date, person: 'member', onDuty: 'no', offence: 'assault', victim: 'host-national', heldBy: 'sending'}).jurisdiction?.outcome // {right: 'primary', holder: 'receiving'}
 */
export function decideIncident(chain: Sofa[], facts: IncidentFacts): IncidentAnswer {
  const [sofa] = chain;
  const answer: IncidentAnswer = {
    sofa: { id: sofa!.id, shortName: sofa!.shortName, layers: chain.slice(1).map((s) => s.id) },
    facts,
    requests: [],
    notes: [],
    notApplied: [],
    gaps: chain.flatMap((s) => s.gaps.map((g) => ({ ...g, sofa: s.id }))),
  };
  const derived: Derived = {};
  const all = candidates(chain, answer.notApplied);
  for (const topic of ORDER) {
    let decided: SofaStep | undefined;
    for (const c of all.filter((x) => x.rule.topic === topic)) {
      if (decided) {
        answer.notApplied.push({
          ...missOf(c, []),
          reason: `decided already by ${decided.article} (${decided.rule})`,
        });
        continue;
      }
      const trace = traceOf(c, facts, derived);
      if (trace.some((t) => !t.pass)) {
        answer.notApplied.push(missOf(c, trace));
        continue;
      }
      const step = stepOf(c, trace);
      if (DECIDES.has(topic)) {
        decided = step;
        derive(derived, step);
        if (topic === 'criminal-jurisdiction') answer.jurisdiction = step;
        else answer.custody = step;
      } else if (NOTES.has(topic)) answer.notes.push(step);
      else answer.requests.push(step);
    }
  }
  return answer;
}
