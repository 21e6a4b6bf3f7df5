/** The workbench shell: a header with the five views as tabs, and the view the hash names. */
import { lazy, type MouseEvent, Suspense } from 'react';
import { CatalogProvider } from '../features/common/catalog-context.tsx';
import { hashOf, type View } from '../features/common/hash-route.ts';
import { useUrlStore } from '../features/common/url-store.ts';
import { MapView } from '../features/map/MapView.tsx';

const ScenarioView = lazy(() => import('../features/scenario/ScenarioView.tsx'));
const CompareView = lazy(() => import('../features/compare/CompareView.tsx'));
const DesignerView = lazy(() => import('../features/designer/DesignerView.tsx'));
const SofaView = lazy(() => import('../features/sofa/SofaView.tsx'));

const TABS: [View, string][] = [
  ['map', 'Map'],
  ['scenario', 'Scenario & cascade'],
  ['compare', 'Compare architectures'],
  ['designer', 'Treaty designer'],
  ['sofa', 'SOFAs'],
];

function skipToContent(e: MouseEvent<HTMLAnchorElement>) {
  e.preventDefault();
  document.getElementById('main')?.focus();
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
      </header>
      <main id="main" tabIndex={-1}>
        <CatalogProvider>
          <Suspense fallback={<p className="loading">Loading the view…</p>}>
            {route.view === 'map' && <MapView />}
            {route.view === 'scenario' && <ScenarioView />}
            {route.view === 'compare' && <CompareView />}
            {route.view === 'designer' && <DesignerView />}
            {route.view === 'sofa' && <SofaView params={new URLSearchParams(route.query)} />}
          </Suspense>
        </CatalogProvider>
      </main>
    </>
  );
}
