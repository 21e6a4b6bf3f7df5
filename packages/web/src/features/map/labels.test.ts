import { geoArea } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { pickLabels } from './labels.ts';
import { rewind } from './rewind.ts';

describe('label placement', () => {
  it('labels the most important of two crowded markers and both of two apart', () => {
    const items = [
      { id: 'shoal', x: 0, y: 0, priority: 3 },
      { id: 'sea', x: 5, y: 5, priority: 1 },
      { id: 'far', x: 200, y: 0, priority: 1 },
    ];
    expect([...pickLabels(items, 20)].sort()).toEqual(['far', 'shoal']);
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
