/** The workbench shell: a header with the six views as tabs, and the view the hash names. */
import type { MouseEvent } from 'react';
import { CatalogProvider } from '../features/common/catalog-context.tsx';
import { hashOf, type View } from '../features/common/hash-route.ts';
import { useUrlStore } from '../features/common/url-store.ts';
import { SavedWork } from '../features/saved/SavedWork.tsx';
import { useViewCode } from './view-code.ts';

const TABS: [View, string][] = [
  ['map', 'Map'],
  ['scenario', 'Scenario & cascade'],
  ['compare', 'Compare architectures'],
  ['designer', 'Treaty designer'],
  ['sofa', 'SOFAs'],
  ['network', 'Alliance network'],
];

function skipToContent(e: MouseEvent<HTMLAnchorElement>) {
  e.preventDefault();
  document.getElementById('main')?.focus();
}

function ViewOf({ view, query }: { view: View; query: string }) {
  const { component: Component, error } = useViewCode(view);
  if (Component) return <Component params={new URLSearchParams(query)} />;
  if (error)
    return (
      <p className="error" role="alert">
        This view could not be fetched ({error}); reload the page to try again.
      </p>
    );
  return <p className="loading">Loading the view…</p>;
}

export function App() {
  const route = useUrlStore((s) => s.route);
  // Each tab reopens its view as it was left (the store keeps each view's last query).
  const lastQuery = useUrlStore((s) => s.lastQuery);
  return (
    <>
      {/* Focuses the view's content in place: following "#main" would change the route. */}
      {/* biome-ignore lint/a11y/useValidAnchor: a skip link is in-page navigation; the hash is the router's, so the move is made by focus */}
      <a className="skip" href="#main" onClick={skipToContent}>
        Skip to content
      </a>
      <header className="app-header">
        <h1>
          Casus <span>workbench</span>
        </h1>
        <nav aria-label="Views">
          {TABS.map(([view, label]) => (
            <a
              key={view}
              href={hashOf(view, lastQuery[view] ?? '')}
              aria-current={route.view === view ? 'page' : undefined}
              data-testid={`tab-${view}`}
            >
              {label}
            </a>
          ))}
        </nav>
        <SavedWork />
      </header>
      <main id="main" tabIndex={-1}>
        <CatalogProvider>
          <ViewOf view={route.view} query={route.query} />
        </CatalogProvider>
      </main>
    </>
  );
}
