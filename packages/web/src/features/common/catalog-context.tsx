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

/** Loads the catalogue (through the engine worker) and /api/places, then renders its children. */
export function CatalogProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<{ value?: Workbench; error?: string }>({});
  useEffect(() => {
    Promise.all([engine.call('init', {}), api.places()]).then(
      ([catalog, places]) => {
        const names = new Map(catalog.states.map((s) => [s.id, s.name]));
        setState({ value: { catalog, places: places.features, name: (s) => names.get(s) ?? s } });
      },
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
