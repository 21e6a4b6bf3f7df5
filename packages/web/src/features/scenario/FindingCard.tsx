/** One row of findings: a clause for one or several obligors ("CAN, GBR, FRA +28 → USA"), and on opening its trace and the article it cites, quoted. */
import { type FindingGroup, obligorsLabel } from '@casus/core';
import { useWorkbench } from '../common/catalog-context.tsx';
import { codeTitle, words } from '../common/labels.ts';

const STATUS_WORDS: Record<string, string> = {
  verbatim: 'verbatim text',
  partial: 'partly quoted',
  unverified: 'unverified wording',
  'not-quoted': 'not quoted',
};

export function FindingCard({ group }: { group: FindingGroup }) {
  const { name } = useWorkbench();
  const f = group.first;
  const c = f.citation;
  const many = group.obligors.length > 1;
  const category = f.fired ? f.category : 'none';
  return (
    <li
      className={`finding cat-${category}`}
      data-testid="finding"
      data-obligor={group.obligors.join(' ')}
      data-obligors={group.obligors.length}
      data-beneficiary={f.beneficiary}
      data-obligation={f.obligation}
      data-article={c.article}
      data-agreement={f.agreement}
      data-category={category}
    >
      <details>
        <summary>
          <span
            className="who"
            title={`${group.obligors.map(name).join(', ')} → ${name(f.beneficiary)}`}
          >
            {obligorsLabel(group.obligors)} → {f.beneficiary}
          </span>{' '}
          <span className="badge obligation" title={codeTitle(f.obligation)}>
            {words(f.obligation)}
          </span>
          {f.fired && (
            <span className="badge response" title={codeTitle(f.response)}>
              {words(f.response)}
            </span>
          )}
          {!f.fired && f.failed && (
            <span className="badge failed" title={codeTitle(f.failed.test)}>
              failed: {words(f.failed.test)}
            </span>
          )}
          <span className="cite">
            {c.agreementName}, {c.article}
          </span>
          <span className="line">
            {!f.fired && f.failed ? f.failed.reason : many ? null : f.summary}
          </span>
        </summary>
        <div className="body">
          {many && (
            <p>
              <strong>{group.obligors.length} obligors:</strong>{' '}
              {group.obligors.map(name).join(', ')}
            </p>
          )}
          <ol className="trace" aria-label="Trace: each condition tested">
            {f.trace.map((t, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the trace is an ordered list that never reorders
              <li key={i}>
                <span
                  className={t.pass ? 'pass' : 'fail'}
                  role="img"
                  aria-label={t.pass ? 'passed' : 'failed'}
                >
                  {t.pass ? '✓' : '✗'}
                </span>
                <span className="test" title={codeTitle(t.test)}>
                  {words(t.test)}
                </span>
                <span>{t.reason}</span>
              </li>
            ))}
          </ol>
          {many && <p className="muted">The trace shown is {name(group.obligors[0]!)}’s.</p>}
          <div>
            <strong>
              {c.agreementName}, {c.article}
            </strong>
            <span className={`badge ${c.textStatus}`} title={codeTitle(c.textStatus)}>
              {STATUS_WORDS[c.textStatus] ?? c.textStatus}
            </span>
          </div>
          {c.text ? (
            <blockquote className="article">{c.text}</blockquote>
          ) : (
            <p className="muted">The article's text is not quoted in the library.</p>
          )}
          <small>Source: {c.source}</small>
        </div>
      </details>
    </li>
  );
}
