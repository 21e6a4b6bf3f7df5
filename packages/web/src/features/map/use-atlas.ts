/** Loads the world atlas (Natural Earth 1:50m via world-atlas) from our own origin, once. */
import { startTransition, useEffect, useState } from 'react';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlasUrl from 'world-atlas/countries-50m.json?url';

export type CountryFeature = GeoJSON.Feature<GeoJSON.Geometry, { name: string }> & {
  id?: string | number;
};

let cache: Promise<CountryFeature[]> | undefined;

async function loadAtlas(): Promise<CountryFeature[]> {
  const res = await fetch(atlasUrl);
  if (!res.ok) throw new Error(`the world atlas did not load (${res.status})`);
  const topo = (await res.json()) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const fc = feature(topo, topo.objects.countries) as GeoJSON.FeatureCollection<
    GeoJSON.Geometry,
    { name: string }
  >;
  return fc.features as CountryFeature[];
}

/**
 * The atlas's country features, or undefined while they load. They arrive as a transition: the
 * map is drawn when nothing more urgent (the first answer) is waiting.
 */
export function useAtlas(): { countries?: CountryFeature[]; error?: string } {
  const [state, setState] = useState<{ countries?: CountryFeature[]; error?: string }>({});
  useEffect(() => {
    let live = true;
    cache ??= loadAtlas();
    cache.then(
      (countries) => live && startTransition(() => setState({ countries })),
      (e: Error) => live && setState({ error: e.message }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
