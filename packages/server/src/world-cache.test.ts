import { describe, expect, it } from 'vitest';
import { loadLibraryState } from './library-state.ts';
import { obligationsMix } from './obligations-mix.ts';
import { ObligationsRequest } from './routes/obligations.ts';
import { createWorldCache } from './world-cache.ts';

describe('a world cache that planned ahead', () => {
  it('makes no plan for requests with the default assumptions, whatever their date', () => {
    const { library } = loadLibraryState();
    const worlds = createWorldCache(library);
    worlds.planAhead();
    const made = worlds.plansMade;
    expect(made).toBe(library.architectures.size);
    // As the route reads them: the default assumptions filled in by the request's schema.
    for (const body of obligationsMix(library, { count: 300, seed: 3 }))
      worlds.get(ObligationsRequest.parse(body));
    expect(worlds.plansMade).toBe(made);
  });
});
