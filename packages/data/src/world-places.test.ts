import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadLibrary } from '@casus/core';
import { describe, expect, it } from 'vitest';
import { libraryFiles } from '../../core/test/library-files.ts';
import { worldPlaces, worldPlacesYaml } from './world-places.ts';

const FILE = join(import.meta.dirname, '../../../library/places/world.yaml');
const lib = loadLibrary(libraryFiles());
if (!lib.ok) throw new Error('the library does not load');

describe('library/places/world.yaml', () => {
  it('is what the generator writes for the pinned atlas (regenerate: npm run world-places)', () => {
    const text = worldPlacesYaml(lib.value);
    if (process.env.UPDATE_WORLD_PLACES) writeFileSync(FILE, text);
    expect(readFileSync(FILE, 'utf8')).toBe(text);
  });

  it('gives a place to every state that exists today and has none curated, and to no other', () => {
    const byState = new Map(worldPlaces(lib.value).map((p) => [p.state.iso3, p]));
    // Today's states, with no curated place: outlined, tagged by COW region.
    expect(byState.get('EST')?.tags).toEqual([
      'europe',
      'metropolitan',
      'north-of-tropic-of-cancer',
    ]);
    expect(byState.get('FIN')?.shape.type).toBe('MultiPolygon');
    expect(byState.get('BRA')?.tags).toEqual(['south-america', 'metropolitan']);
    expect(byState.get('MEX')?.tags).toContain('north-america');
    expect(byState.get('SAU')?.tags).toContain('middle-east');
    expect(byState.get('XKX')).toBeDefined();
    // Microstates collapse to a point at 0.1°, but keep a place.
    expect(byState.get('MCO')?.shape.type ?? 'none').toBe('Point');
    // Curated states keep their hand-drawn places; former states have no outline today.
    for (const s of ['JPN', 'USA', 'TWN', 'GFR', 'CSK', 'AUH']) expect(byState.has(s)).toBe(false);
    expect(byState.size).toBeGreaterThan(160);
  });
});
