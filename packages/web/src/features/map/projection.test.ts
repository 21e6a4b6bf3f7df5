import { describe, expect, it } from 'vitest';
import { fitIndoPacific, frameOutline, INDO_PACIFIC } from './projection.ts';

const inside = ([x, y]: [number, number], w: number, h: number) =>
  x >= 0 && y >= 0 && x <= w && y <= h;

describe('the Indo-Pacific projection', () => {
  const p = fitIndoPacific(1000, 620);
  it('puts Tokyo, Guam and Hawaii (across the antimeridian) on the map', () => {
    for (const lonLat of [
      [139.69, 35.69],
      [144.79, 13.44],
      [-157.86, 21.31],
    ] as [number, number][])
      expect(inside(p(lonLat)!, 1000, 620)).toBe(true);
  });
  it('puts Canberra, Wellington and Los Angeles on the map too', () => {
    for (const lonLat of [
      [149.13, -35.28],
      [174.78, -41.29],
      [-118.24, 34.05],
    ] as [number, number][])
      expect(inside(p(lonLat)!, 1000, 620)).toBe(true);
  });
  it('leaves Washington and London off the map', () => {
    expect(inside(p([-77.04, 38.9])!, 1000, 620)).toBe(false);
    expect(inside(p([-0.13, 51.5])!, 1000, 620)).toBe(false);
  });
  it('keeps east of Tokyo to the right of it', () => {
    expect(p([-157.86, 21.31])![0]).toBeGreaterThan(p([139.69, 35.69])![0]);
  });
  it('samples the frame edges with longitudes wrapped into [-180, 180]', () => {
    const { coordinates } = frameOutline(INDO_PACIFIC, 10);
    expect(coordinates.every(([lon]) => lon! >= -180 && lon! <= 180)).toBe(true);
  });
});
