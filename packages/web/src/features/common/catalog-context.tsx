/** The library catalogue and the gazetteer, loaded once and shared by every view. */
import { createContext, type ReactNode, useContext, useEffect, useState } from 'react';
import { api, type PlaceFeature } from '../../api/client.ts';
import { engine } from '../../engine/client.ts';
import type { Catalog } from '../../engine/protocol.ts';

export interface Workbench {
  catalog: Catalog;
  places: PlaceFeature[];
  /** Display name of a state id, from the library's states. */
  name(state: string): string;
}

const Ctx = createContext<Workbench | undefined>(undefined);

export function useWorkbench(): Workbench {
  const w = useContext(Ctx);
  if (!w) throw new Error('useWorkbench outside CatalogProvider');
  return w;
}

let loading: Promise<Workbench> | undefined;

/**
 * Starts the engine worker on the library and fetches the gazetteer, once. The entry point calls
 * it before React's first render, so that the worker's start-up runs beside the first paint.
 */
export function loadWorkbench(): Promise<Workbench> {
  loading ??= Promise.all([engine.call('init', {}), api.places()]).then(([catalog, places]) => {
    const names = new Map(catalog.states.map((s) => [s.id, s.name]));
    return { catalog, places: places.features, name: (s: string) => names.get(s) ?? s };
  });
  return loading;
}

/** Renders its children once the catalogue (through the engine worker) and /api/places are in. */
export function CatalogProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<{ value?: Workbench; error?: string }>({});
  useEffect(() => {
    loadWorkbench().then(
      (value) => setState({ value }),
      (e: Error) => setState({ error: e.message }),
    );
  }, []);
  if (state.error)
    return (
      <p className="error" role="alert">
        The workbench could not load the library: {state.error}
      </p>
    );
  if (!state.value)
    return (
      <p className="loading" aria-live="polite">
        Loading the library and starting the engine…
      </p>
    );
  return <Ctx.Provider value={state.value}>{children}</Ctx.Provider>;
}
