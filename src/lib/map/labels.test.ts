import { describe, expect, it } from 'vitest';
import { countryLabelPoints, interiorPoint } from './labels';

describe('country label points', () => {
  it('puts the label inside an L-shaped country, where the box centre would fall outside', () => {
    const lShape = [[[0, 0], [10, 0], [10, 2], [2, 2], [2, 10], [0, 10], [0, 0]]];
    const [x, y] = interiorPoint(lShape);
    expect(x < 2 || y < 2).toBe(true);
    expect(x).toBeGreaterThan(0);
    expect(y).toBeGreaterThan(0);
  });

  it('labels the largest part of a country once and skips features without an ISO code', () => {
    const points = countryLabelPoints([
      { properties: { name: 'Mainland', iso_a2: 'ML' }, geometry: { type: 'MultiPolygon', coordinates: [[[[0, 0], [1, 0], [1, 1], [0, 0]]], [[[20, 20], [30, 20], [30, 30], [20, 30], [20, 20]]]] } },
      { properties: { name: 'Lease', iso_a2: '-1' }, geometry: { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] } }
    ]);
    expect(points).toHaveLength(1);
    const [x, y] = points[0].geometry.coordinates;
    expect(x).toBeGreaterThan(20);
    expect(y).toBeGreaterThan(20);
  });
});
