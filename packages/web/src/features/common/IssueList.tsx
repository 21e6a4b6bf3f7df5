/** Issues from core, rendered the same way everywhere: in sentences (the field in the form's words, core's message, what it expects, the nearest name; never a JSON pointer), or located. */
import type { Issue } from '@casus/core';

/** The scenario form's fields, by the pointer core gives them (a request's or a scenario's). */
const SCENARIO_FIELDS: [RegExp, string][] = [
  [/^(\/events\/\d+)?\/date$/, 'Date'],
  [/^\/architecture$/, 'Architecture'],
  [/^\/events\/\d+\/actor$/, 'Actor'],
  [/^\/events\/\d+\/kind$/, 'Event'],
  [/^\/events\/\d+\/target\/place$/, 'Target place'],
  [/^\/events\/\d+\/target\/state$/, 'Whose assets'],
  [/^\/events\/\d+\/target\/asset$/, 'What is hit'],
  [/^\/events\/\d+\/target$/, 'Target'],
  [/^\/assumptions\/situations/, 'Assumptions'],
  [/^\/assumptions\/basing/, 'Bases abroad'],
  [/^\/assumptions/, 'Assumptions'],
];

/**
 * The form field an issue is about, in the form's words.
 * @example fieldOf({pointer: '/events/0/target/place'}) // 'Target place'
 */
export const fieldOf = (issue: Pick<Issue, 'pointer'>): string | undefined =>
  SCENARIO_FIELDS.find(([re]) => re.test(issue.pointer))?.[1];

const sentence = (text: string) => {
  const t = text.trim();
  if (!t) return '';
  const s = t[0]!.toUpperCase() + t.slice(1);
  return /[.?!]$/.test(s) ? s : `${s}.`;
};

/**
 * One issue as sentences: core's message, then "Expected …", what was received, and the hint
 * ("Did you mean …?"), each as the CLI words it.
 * @example issueSentences({message: 'this value is not valid here', expected: 'a calendar date…', …})
 * // 'this value is not valid here. Expected a calendar date… Received "275760-01-01".'
 */
export function issueSentences(i: Issue): string {
  const message = i.message.trim();
  const rest = [
    i.expected && `expected ${i.expected}`,
    i.received && i.received !== '""' && `received ${i.received}`,
    i.hint,
  ].filter((x): x is string => !!x);
  return [/[.?!]$/.test(message) ? message : `${message}.`, ...rest.map(sentence)].join(' ');
}

/**
 * Identical sentences for one field once: a scenario's date and its event's date are one field here.
 * @example dedupe([dateIssue, eventDateIssue]).length // 1
 */
function dedupe(issues: readonly Issue[]): Issue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${fieldOf(i) ?? i.pointer}|${i.message}|${i.expected}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The located form (file:line:column, the pointer, expected, hint), for views that name the node. */
function Located({ i }: { i: Issue }) {
  const where = [i.file, i.line, i.column].filter((x) => x !== undefined).join(':');
  return (
    <>
      <strong>{i.severity}</strong> {i.message}
      {where && (
        <>
          {' '}
          <code>{where}</code>
        </>
      )}
      {i.pointer && (
        <>
          {' '}
          at <code>{i.pointer}</code>
        </>
      )}
      {i.expected && <div>expected: {i.expected}</div>}
      {i.hint && <div>{i.hint}</div>}
    </>
  );
}

/** Sentences: the field in the form's words (or file:line:column), then core's words; no pointer. */
function Sentences({ i }: { i: Issue }) {
  const where = [i.file, i.line, i.column].filter((x) => x !== undefined).join(':');
  const field = i.severity === 'error' ? fieldOf(i) : undefined;
  return (
    <>
      {i.severity === 'warning' && <strong>Warning: </strong>}
      {field && <strong>{field}: </strong>}
      {!field && where && (
        <>
          <code>{where}</code>:{' '}
        </>
      )}
      {issueSentences(field ? { ...i, message: i.message.replace(/^event [a-z]+: /, '') } : i)}
    </>
  );
}

/**
 * Issues as a list. `sentences` (the scenario form, the designer) names the field in the form's
 * words and never shows a JSON pointer; the default keeps the located form.
 * @example <IssueList issues={issues} sentences testId="input-problems" />
 */
export function IssueList({
  issues,
  testId = 'issues',
  sentences = false,
}: {
  issues: readonly Issue[];
  testId?: string;
  sentences?: boolean;
}) {
  if (issues.length === 0) return null;
  const shown = sentences ? dedupe(issues) : issues;
  return (
    <ul className="issues" data-testid={testId} aria-live="polite">
      {shown.map((i, n) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: issues have no identity beyond their position
        <li key={n} className={`issue issue-${i.severity}`} data-code={i.code}>
          {sentences ? <Sentences i={i} /> : <Located i={i} />}
        </li>
      ))}
    </ul>
  );
}
