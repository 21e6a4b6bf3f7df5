/**
 * Each view's code, fetched when first needed and then kept. Not React.lazy: a view that suspends
 * is revealed on React's fallback throttle (300 ms), which would sit between the library loading
 * and the first answer. Here the view renders as soon as its module is in.
 */
import { type ComponentType, useEffect, useState } from 'react';
import type { View } from '../features/common/hash-route.ts';
import { MapView } from '../features/map/MapView.tsx';

export type ViewComponent = ComponentType<{ params: URLSearchParams }>;

const CODE: Record<Exclude<View, 'map'>, () => Promise<{ default: ViewComponent }>> = {
  scenario: () => import('../features/scenario/ScenarioView.tsx'),
  compare: () => import('../features/compare/CompareView.tsx'),
  designer: () => import('../features/designer/DesignerView.tsx'),
  sofa: () => import('../features/sofa/SofaView.tsx'),
  network: () => import('../features/network/NetworkView.tsx'),
};

// The map is in the first chunk: it is the view a bare address opens.
const loaded = new Map<View, ViewComponent>([['map', MapView]]);
const loading = new Map<View, Promise<ViewComponent>>();

/** Fetches a view's code (once); the entry point starts the first view's beside the library. */
export function loadView(view: View): Promise<ViewComponent> {
  const done = loaded.get(view);
  if (done) return Promise.resolve(done);
  let p = loading.get(view);
  if (!p) {
    p = CODE[view as Exclude<View, 'map'>]().then((m) => {
      loaded.set(view, m.default);
      return m.default;
    });
    // A failed fetch (the server restarted, the network dropped) may be tried again on return.
    p.catch(() => loading.delete(view));
    loading.set(view, p);
  }
  return p;
}

/** The view's component once its code is in, or why it could not be fetched. */
export function useViewCode(view: View): { component?: ViewComponent; error?: string } {
  const [state, setState] = useState<{ view: View; error?: string }>({ view });
  const component = loaded.get(view);
  useEffect(() => {
    if (loaded.has(view)) return;
    let live = true;
    loadView(view).then(
      () => live && setState({ view }),
      (e: Error) => live && setState({ view, error: e.message }),
    );
    return () => {
      live = false;
    };
  }, [view]);
  if (component) return { component };
  return state.view === view && state.error ? { error: state.error } : {};
}
