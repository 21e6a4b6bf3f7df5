import { geoArea } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { dodge } from './dodge.ts';
import { placeLabels, textBox } from './labels.ts';
import { rewind } from './rewind.ts';

describe('label placement', () => {
  const box = (x: number, w = 40) => textBox(x, 20, w, 12, 'start');
  it('keeps the most important of two overlapping labels and both of two apart', () => {
    const items = [
      { id: 'shoal', boxes: [box(0)], priority: 3 },
      { id: 'sea', boxes: [box(30)], priority: 1 },
      { id: 'far', boxes: [box(200)], priority: 1 },
    ];
    expect([...placeLabels(items).keys()].sort()).toEqual(['far', 'shoal']);
  });
  it('drops a label over a marker or out of bounds', () => {
    const marker = { x0: 50, y0: 10, x1: 60, y1: 20 };
    const items = [
      { id: 'over', boxes: [box(40)], priority: 2 },
      { id: 'out', boxes: [box(980)], priority: 2 },
      { id: 'clear', boxes: [box(100)], priority: 1 },
    ];
    expect([...placeLabels(items, [marker], { x0: 0, y0: 0, x1: 1000, y1: 600 }).keys()]).toEqual([
      'clear',
    ]);
  });
});

describe('dodging crowded markers', () => {
  it('pushes every pair of a cluster at least the gap apart and leaves a lone dot where it is', () => {
    const cluster = [
      { x: 0, y: 0 },
      { x: 2, y: 1 },
      { x: 1, y: 3 },
      { x: 0, y: 0 },
      { x: 500, y: 500 },
    ];
    const out = dodge(cluster, 14);
    for (let i = 0; i < out.length; i++)
      for (let j = i + 1; j < out.length; j++)
        expect(Math.hypot(out[i]!.x - out[j]!.x, out[i]!.y - out[j]!.y)).toBeGreaterThanOrEqual(
          13.9,
        );
    expect(out[4]).toEqual({ x: 500, y: 500 });
  });
});

describe('rewinding RFC 7946 polygons for d3', () => {
  it('turns a counter-clockwise ring (the whole globe to d3) into a small area', () => {
    const ccw: GeoJSON.Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [120, 20],
          [122, 20],
          [122, 22],
          [120, 22],
          [120, 20],
        ],
      ],
    };
    expect(geoArea(ccw)).toBeGreaterThan(2 * Math.PI);
    expect(geoArea(rewind(ccw))).toBeLessThan(0.01);
    expect(rewind(rewind(ccw))).toEqual(rewind(ccw));
  });
});
