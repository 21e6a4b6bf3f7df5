import { describe, expect, it } from 'vitest';
import { event, realLibrary, worldOf } from '../../test/real-library.ts';
import { evaluate } from './evaluation.ts';
import { findObligations } from './find-obligations.ts';

describe('evaluate', () => {
  realLibrary();
  const world = worldOf('status-quo', '2024-11-01');
  const manilaArea = (input: Parameters<typeof event>[0]) =>
    findObligations(world, event(input))
      .filter((f) => f.clause === 'manila-pact-1954-art4-1' && f.obligor === 'PHL')
      .map((f) => f.trace.find((c) => c.test === 'area')?.pass);

  it('reads a named place from its site: the same location, and the areas by position', () => {
    const ev = evaluate(
      world,
      event({ actor: 'PRK', kind: 'armed-attack', target: { place: 'USA.guam' } }),
    );
    expect(ev?.location).toBe(world.sites.get('USA.guam' as never)?.location);
    expect(ev?.inside).toHaveLength(world.areas.length);
    expect(ev?.inside[world.areas.indexOf('seato-treaty-area' as never)]).toBe(false);
  });

  it("places an asset by its coordinates when it has them as well as a place, not by the place's site", () => {
    // Guam lies outside the Manila Pact's boxes; the South China Sea at 120°E 10°N inside them.
    const at = (coordinates?: [number, number]) =>
      manilaArea({
        actor: 'CHN',
        kind: 'armed-attack',
        target: {
          state: 'USA',
          asset: 'public-vessel',
          place: 'USA.guam',
          ...(coordinates && { at: coordinates }),
        },
      });
    expect(at()).toEqual([false]);
    expect(at([120, 10])).toEqual([true]);
  });

  it('answers nothing for an attack on no one but the attacker', () => {
    expect(
      evaluate(world, event({ actor: 'USA', kind: 'armed-attack', target: { place: 'USA.guam' } })),
    ).toBeUndefined();
  });
});
