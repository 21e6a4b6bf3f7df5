/** An article's text with the words that carry the rule marked, its status badge and source. */
import { STATUS_WORDS } from './words.ts';

export function StatusBadge({ status }: { status: string }) {
  return (
    <span className={`badge ${status}`} title={`text status: ${status}`} data-testid="text-status">
      {STATUS_WORDS[status] ?? status}
    </span>
  );
}

export function ArticleText({
  text,
  quote,
  language,
  source,
  status,
}: {
  text?: string | undefined;
  quote?: string | undefined;
  language?: string | undefined;
  source?: string | undefined;
  status: string;
}) {
  const at = text && quote ? text.indexOf(quote) : -1;
  return (
    <>
      {text ? (
        <blockquote className="article" lang={language} data-testid="article-text">
          {at >= 0 ? (
            <>
              {text.slice(0, at)}
              <mark>{quote}</mark>
              {text.slice(at + quote!.length)}
            </>
          ) : (
            text
          )}
        </blockquote>
      ) : (
        <p className="muted">The article's text is not in the library.</p>
      )}
      {status === 'not-quoted' && text && (
        <small>Not quoted: a cited description of what the article provides.</small>
      )}
      {source && <small>Source: {source}</small>}
    </>
  );
}
