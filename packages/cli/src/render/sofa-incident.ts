/** The answer of `casus sofa incident` for people: a table of who holds what, then each step's article, words and trace. */
import type { IncidentAnswer, RuleOutcome, SofaStep } from '@casus/core';
import { table } from './table.ts';

const SIDE = { sending: 'sending State', receiving: 'receiving State' } as const;

/** One outcome in words: "receiving State: primary right", "custody: sending State until …". */
export function outcomeText(o: RuleOutcome): string {
  if ('right' in o) return `${SIDE[o.holder]}: ${o.right} right`;
  if ('custody' in o) return `${SIDE[o.custody]}, until ${o.until}`;
  if ('request' in o)
    return `${SIDE[o.by]} may request ${o.request} → ${o.response}${o.deadline ? ` (${o.deadline})` : ''}`;
  return o.effect;
}

/** A table row; a step of the SOFA beneath a layer names that SOFA before its article. */
const row = (a: IncidentAnswer, label: string, s: SofaStep | undefined, none: string): string[] =>
  s
    ? [
        label,
        outcomeText(s.outcome),
        `${s.sofa === a.sofa.id ? '' : `${s.sofa} `}${s.article} (${s.textStatus})`,
      ]
    : [label, none, ''];

function details(s: SofaStep): string {
  const lines = [`${s.article} — ${s.rule} (${s.sofa}, text ${s.textStatus})`];
  if (s.quote) lines.push(`  "${s.quote}"`);
  lines.push(`  ${s.summary}`);
  for (const t of s.trace) lines.push(`  ${t.pass ? 'pass' : 'FAIL'}  ${t.reason}`);
  if (s.source) lines.push(`  source: ${s.source}`);
  return lines.join('\n');
}

/** "; sending State JPN, receiving State AUS", where the parties or the question name them. */
function sidesText(a: IncidentAnswer): string {
  const named = (['sending', 'receiving'] as const)
    .filter((side) => a.sides?.[side] !== undefined)
    .map((side) => `${SIDE[side]} ${a.sides?.[side]}`);
  return named.length ? `; ${named.join(', ')}` : '';
}

/** The whole answer as text. */
export function renderIncident(a: IncidentAnswer): string {
  const f = a.facts;
  const layers = a.sofa.layers.length ? ` (layered on ${a.sofa.layers.join(', ')})` : '';
  const head = `${a.sofa.shortName}${layers} on ${f.date}: ${f.person}, on duty ${f.onDuty}, ${f.offence}, victim ${f.victim}, held by the ${f.heldBy} State${f.place ? `, at ${f.place}` : ''}${sidesText(a)}`;
  const rows = [
    row(a, 'jurisdiction', a.jurisdiction, 'no encoded rule decides it (see gaps)'),
    row(
      a,
      'custody before indictment',
      a.custody,
      `no encoded rule: held by the ${f.heldBy} State`,
    ),
    ...a.requests.map((s) => row(a, s.topic, s, '')),
    ...a.notes.map((s) => row(a, s.topic, s, '')),
  ];
  const steps = [a.jurisdiction, a.custody, ...a.requests, ...a.notes].filter(
    (s): s is SofaStep => s !== undefined,
  );
  const misses = a.notApplied.map((m) => `  ${m.article} (${m.rule}): ${m.reason}`);
  const gaps = a.gaps.map(
    (g) => `  ${g.sofa} ${g.topic}${g.article ? `, ${g.article}` : ''}: ${g.note}`,
  );
  return [
    head,
    '',
    table(['question', 'answer', 'article (text)'], rows),
    '',
    'WHY',
    ...steps.map(details),
    '',
    'RULES THAT DID NOT APPLY',
    ...(misses.length ? misses : ['  (none)']),
    ...(gaps.length ? ['', 'GAPS IN THE SOURCES', ...gaps] : []),
  ].join('\n');
}
