/** One finding: its summary line, and on opening its trace and the article it cites, quoted. */
import type { Finding } from '@casus/core';

const STATUS_WORDS: Record<string, string> = {
  verbatim: 'verbatim text',
  partial: 'partly quoted',
  unverified: 'unverified wording',
  'not-quoted': 'not quoted',
};

export function FindingCard({ finding: f }: { finding: Finding }) {
  const c = f.citation;
  return (
    <li
      className={`finding cat-${f.fired ? f.category : 'none'}`}
      data-testid="finding"
      data-obligor={f.obligor}
      data-beneficiary={f.beneficiary}
      data-article={c.article}
      data-agreement={f.agreement}
      data-category={f.fired ? f.category : 'none'}
    >
      <details>
        <summary>
          {f.summary}
          <span className="badge">{f.response}</span>
          {!f.fired && f.failed && <span className="badge">failed: {f.failed.test}</span>}
        </summary>
        <div className="body">
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
                <span className="test">{t.test}</span>
                <span>{t.reason}</span>
              </li>
            ))}
          </ol>
          <div>
            <strong>
              {c.agreementName}, {c.article}
            </strong>
            <span className={`badge ${c.textStatus}`} title={`text status: ${c.textStatus}`}>
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
