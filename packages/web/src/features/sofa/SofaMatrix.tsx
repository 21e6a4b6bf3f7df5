/** The comparison matrix: a row per topic, a column per SOFA, each cell coloured by who holds the right; a cell opens its articles. */
import type { Issue } from '@casus/core';
import { type MouseEvent, useEffect, useState } from 'react';
import { engine } from '../../engine/client.ts';
import type { Holder, MatrixCell, SofaCatalog, SofaMatrix } from '../../engine/sofa.ts';
import { IssueList } from '../common/IssueList.tsx';
import { ArticleText, StatusBadge } from './ArticleText.tsx';
import { HOLDER_WORDS } from './words.ts';

const HOLDERS: Holder[] = ['host', 'sending', 'shared', 'not-encoded'];

const tooltip = (cell: MatrixCell) => {
  const first = cell.articles[0];
  const head = `${HOLDER_WORDS[cell.holder]}: ${cell.value}`;
  if (!first) return `${head}. ${cell.gaps.join(' ')}`;
  const text = first.text
    ? ` — ${first.text.slice(0, 300)}${first.text.length > 300 ? '…' : ''}`
    : '';
  return `${head}. ${first.sofaName} ${first.article} (${first.textStatus})${text}`;
};

/** Scrolls to the caveats in place: following "#sofa-caveats" would change the route (to the map). */
function toCaveats(e: MouseEvent<HTMLAnchorElement>) {
  e.preventDefault();
  document.getElementById('sofa-caveats')?.scrollIntoView();
}

export function SofaMatrixPanel({
  catalog,
  columns,
  date,
  onChange,
}: {
  catalog: SofaCatalog;
  /** The SOFAs compared and the date, as the view keeps them (in its URL); no columns: the bilateral ones. */
  columns?: string[] | undefined;
  date: string;
  onChange: (setup: { columns: string[]; date: string }) => void;
}) {
  // Agreements in force first; the revision designs are there to tick, not in the default matrix.
  const bilateral = catalog.sofas
    .filter((s) => s.receiving !== 'members' && !s.proposal)
    .map((s) => s.id);
  const ids = columns ?? bilateral;
  const setDate = (d: string) => onChange({ columns: ids, date: d });
  const [state, setState] = useState<{ matrix?: SofaMatrix; issues: Issue[]; error?: string }>({
    issues: [],
  });
  const [open, setOpen] = useState<{ topic: string; sofa: string }>();
  useEffect(() => {
    let live = true;
    if (ids.length === 0) {
      setState({ issues: [] });
      return;
    }
    engine.call('sofaCompare', { ids, date }).then(
      (r) => live && setState(r),
      (e: Error) => live && setState({ issues: [], error: e.message }),
    );
    return () => {
      live = false;
    };
  }, [ids, date]);
  const m = state.matrix;
  const row = m?.rows.find((r) => r.topic === open?.topic);
  const cell = row?.cells.find((c) => c.sofa === open?.sofa);
  const toggle = (id: string) =>
    onChange({
      date,
      columns: ids.includes(id)
        ? ids.filter((x) => x !== id)
        : catalog.sofas.map((s) => s.id).filter((x) => x === id || ids.includes(x)),
    });
  return (
    <section className="sofa-compare" aria-labelledby="sofa-compare-title">
      <h3 id="sofa-compare-title">Compared topic by topic</h3>
      <div className="filters">
        <label>
          Date
          <input
            type="date"
            value={date}
            onChange={(e) => setDate(e.target.value)}
            data-testid="sofa-compare-date"
          />
        </label>
        <fieldset className="sofa-pick">
          <legend>SOFAs</legend>
          {catalog.sofas.map((s) => (
            <label key={s.id} className="inline">
              <input
                type="checkbox"
                checked={ids.includes(s.id)}
                onChange={() => toggle(s.id)}
                data-testid={`sofa-column-${s.id}`}
              />
              {s.shortName}
            </label>
          ))}
        </fieldset>
      </div>
      <ul className="sofa-legend" aria-label="Cell colours">
        {HOLDERS.map((h) => (
          <li key={h}>
            <span className={`swatch holder-${h}`} data-testid={`legend-${h}`} />
            {HOLDER_WORDS[h]}
          </li>
        ))}
      </ul>
      {state.error && (
        <p className="error" role="alert">
          {state.error}
        </p>
      )}
      <IssueList issues={state.issues} testId="sofa-compare-issues" />
      {m && (
        <div className="sofa-matrix-wrap">
          <table className="sofa-matrix" data-testid="sofa-matrix">
            <thead>
              <tr>
                <th scope="col">Topic</th>
                {m.sofas.map((s) => (
                  <th key={s.id} scope="col">
                    {s.shortName}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {m.rows.map((r) => (
                <tr key={r.topic}>
                  <th scope="row">
                    {r.label}
                    {r.caveats.length > 0 && (
                      // biome-ignore lint/a11y/useValidAnchor: in-page navigation; the hash is the router's, so the move is made by scrolling
                      <a
                        href="#sofa-caveats"
                        onClick={toCaveats}
                        className="caveat-mark"
                        title="a published caveat concerns this row"
                      >
                        {' '}
                        caveat†
                      </a>
                    )}
                  </th>
                  {r.cells.map((c) => {
                    const pressed = open?.topic === r.topic && open.sofa === c.sofa;
                    return (
                      <td key={c.sofa} className={`holder-${c.holder}`}>
                        <button
                          type="button"
                          className="sofa-cell"
                          aria-pressed={pressed}
                          title={tooltip(c)}
                          data-testid={`cell-${r.topic}-${c.sofa}`}
                          data-holder={c.holder}
                          onClick={() =>
                            setOpen(pressed ? undefined : { topic: r.topic, sofa: c.sofa })
                          }
                        >
                          <span className="value">{c.value}</span>
                          {c.articles.length > 0 && (
                            <span className="cell-articles">
                              {[...new Set(c.articles.map((a) => a.article))].join('; ')}
                            </span>
                          )}
                        </button>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {row && cell && (
        <div className="cell-details" data-testid="cell-details" aria-live="polite">
          <h4>
            {m!.sofas.find((s) => s.id === cell.sofa)?.shortName} — {row.label}:{' '}
            <span className={`holder-word holder-${cell.holder}`}>{cell.value}</span>
          </h4>
          <p>
            {HOLDER_WORDS[cell.holder]}. {cell.detail}
          </p>
          {cell.articles.map((a) => (
            <div key={`${a.sofa}:${a.rule}`} className="cited" data-testid="cell-article">
              <div>
                <strong>
                  {a.sofaName}, {a.article}
                </strong>
                <StatusBadge status={a.textStatus} /> <small>rule {a.rule}</small>
              </div>
              {a.summary && <p>{a.summary}</p>}
              <ArticleText
                text={a.text}
                quote={a.quote}
                language={a.language}
                source={a.source}
                status={a.textStatus}
              />
            </div>
          ))}
          {cell.gaps.length > 0 && (
            <ul className="gaps">
              {cell.gaps.map((g) => (
                <li key={g}>{g}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {m && m.caveats.length > 0 && (
        <div id="sofa-caveats" className="caveats">
          {m.caveats.map((c) => (
            <aside key={`${c.sofa}:${c.by}`} className="caveat" data-testid="sofa-caveat">
              <strong>† Caveat ({c.by}):</strong> “{c.text}”{' '}
              <small>
                On {c.topics.join(', ')}; carried by {c.sofa}. Source: {c.source}
              </small>
            </aside>
          ))}
        </div>
      )}
    </section>
  );
}
