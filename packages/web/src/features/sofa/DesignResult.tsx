/** What a SOFA design changes: core's diff against its base, row by row as `casus sofa diff` prints it, and one incident answered before and after. */
import type { IncidentAnswer, SofaDiff, SofaStep } from '@casus/core';
import type { SofaSummary } from '../../engine/sofa.ts';
import { useWorkbench } from '../common/catalog-context.tsx';
import { outcomeWords, sideName } from './words.ts';

const CHANGE_WORDS: Record<string, string> = {
  changed: 'changed',
  'cited-differently': 'same answer, other rules',
  same: 'same',
};

const cites = (articles: { sofa: string; article: string }[]) =>
  articles.map((a) => `${a.sofa} ${a.article}`).join('; ');

export function DiffTable({ diff }: { diff: SofaDiff }) {
  return (
    <table className="sofa-diff" data-testid="design-diff">
      <caption>
        {diff.to.shortName} against {diff.from.shortName}: {diff.changed} of {diff.rows.length}{' '}
        topics change their answer
      </caption>
      <thead>
        <tr>
          <th scope="col">Topic</th>
          <th scope="col">Change</th>
          <th scope="col">Before</th>
          <th scope="col">After</th>
        </tr>
      </thead>
      <tbody>
        {diff.rows.map((r) => (
          <tr
            key={r.topic}
            data-testid={`diff-row-${r.topic}`}
            data-change={r.change}
            className={`diff-${r.change}`}
          >
            <th scope="row">{r.label}</th>
            <td data-testid="diff-change">{CHANGE_WORDS[r.change] ?? r.change}</td>
            <td data-testid="diff-before">
              {r.before.value} <small>{cites(r.before.articles)}</small>
            </td>
            <td data-testid="diff-after">
              {r.after.value} <small>{cites(r.after.articles)}</small>
              {r.assumptions.map((a) => (
                <div key={`${a.sofa}/${a.rule}`} className="note">
                  assumes ({a.rule}): {a.says} <em>idea from: {a.source}</em>
                </div>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function StepLine({
  label,
  step,
  side,
  testId,
}: {
  label: string;
  step?: SofaStep | undefined;
  side: (s: 'sending' | 'receiving') => string;
  testId?: string;
}) {
  return (
    <li data-testid={testId} data-rule={step?.rule}>
      <strong>{label}:</strong>{' '}
      {step ? (
        <>
          <span data-testid="answer-words">{outcomeWords(step.outcome, side)}</span>{' '}
          <small>
            ({step.sofa} {step.article}, rule {step.rule})
          </small>
        </>
      ) : (
        'no encoded rule decides it'
      )}
    </li>
  );
}

/** One answer's jurisdiction, custody and requests, in sentences. */
function AnswerLines({
  answer,
  sofa,
  testId,
  title,
}: {
  answer: IncidentAnswer | undefined;
  sofa: SofaSummary | undefined;
  testId: string;
  title: string;
}) {
  const { name } = useWorkbench();
  const side = (s: 'sending' | 'receiving') => sideName(sofa, s, name);
  return (
    <div data-testid={testId}>
      <h5>{title}</h5>
      {answer ? (
        <ul>
          <StepLine label="Right to try" step={answer.jurisdiction} side={side} />
          <StepLine
            label="Custody before indictment"
            step={answer.custody}
            side={side}
            testId="answer-custody"
          />
          {answer.requests.map((s) => (
            <StepLine key={s.rule} label="May be asked" step={s} side={side} />
          ))}
        </ul>
      ) : (
        <p>No answer.</p>
      )}
    </div>
  );
}

export function IncidentBeforeAfter({
  before,
  after,
  base,
}: {
  before: IncidentAnswer | undefined;
  after: IncidentAnswer | undefined;
  base: SofaSummary | undefined;
}) {
  return (
    <div className="design-incident">
      <AnswerLines
        answer={before}
        sofa={base}
        testId="design-incident-before"
        title={`Under ${base?.shortName ?? 'the base'}`}
      />
      <AnswerLines
        answer={after}
        sofa={base}
        testId="design-incident-after"
        title="Under the design"
      />
    </div>
  );
}
