/**
 * Label points for country polygons, computed once at build time. Labelling polygons directly in
 * MapLibre repeats the name in every tile the country crosses; one good point per country does not.
 */
type Ring = number[][];
type PolygonCoordinates = Ring[];

export interface LabelPoint {
  type: 'Feature';
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: { name: string; iso_a2: string; area: number };
}

function ringArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  return Math.abs(sum / 2);
}

function inside(x: number, y: number, ring: Ring): boolean {
  let result = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) result = !result;
  }
  return result;
}

function distanceToRing(x: number, y: number, ring: Ring): number {
  let best = Infinity;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [ax, ay] = ring[j];
    const [bx, by] = ring[i];
    const dx = bx - ax;
    const dy = by - ay;
    const t = dx || dy ? Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy))) : 0;
    best = Math.min(best, Math.hypot(x - (ax + t * dx), y - (ay + t * dy)));
  }
  return best;
}

/** A point well inside the polygon's outer ring: the best of a grid, by distance to the edge. */
export function interiorPoint(polygon: PolygonCoordinates, grid = 16): [number, number] {
  const outer = polygon[0];
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of outer) {
    west = Math.min(west, x);
    east = Math.max(east, x);
    south = Math.min(south, y);
    north = Math.max(north, y);
  }
  let best: [number, number] = [(west + east) / 2, (south + north) / 2];
  let bestDistance = -1;
  for (let i = 0; i <= grid; i++) {
    for (let j = 0; j <= grid; j++) {
      const x = west + ((east - west) * (i + 0.5)) / (grid + 1);
      const y = south + ((north - south) * (j + 0.5)) / (grid + 1);
      if (!inside(x, y, outer) || polygon.slice(1).some((hole) => inside(x, y, hole))) continue;
      const distance = Math.min(...polygon.map((ring) => distanceToRing(x, y, ring)));
      if (distance > bestDistance) {
        bestDistance = distance;
        best = [x, y];
      }
    }
  }
  return best;
}

interface CountryFeature {
  properties: { name?: unknown; iso_a2?: unknown } | null;
  geometry: { type: string; coordinates: unknown } | null;
}

/** One label point per named country, in its largest polygon. Features without an ISO code are skipped. */
export function countryLabelPoints(features: readonly CountryFeature[]): LabelPoint[] {
  const points: LabelPoint[] = [];
  for (const feature of features) {
    const name = feature.properties?.name;
    const iso = feature.properties?.iso_a2;
    if (typeof name !== 'string' || typeof iso !== 'string' || !/^[A-Z]{2}$/.test(iso) || !feature.geometry) continue;
    const polygons: PolygonCoordinates[] =
      feature.geometry.type === 'Polygon'
        ? [feature.geometry.coordinates as PolygonCoordinates]
        : feature.geometry.type === 'MultiPolygon'
          ? (feature.geometry.coordinates as PolygonCoordinates[])
          : [];
    let largest: PolygonCoordinates | null = null;
    let largestArea = 0;
    for (const polygon of polygons) {
      const area = polygon[0] ? ringArea(polygon[0]) : 0;
      if (area > largestArea) {
        largest = polygon;
        largestArea = area;
      }
    }
    if (!largest) continue;
    points.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: interiorPoint(largest).map((value) => Math.round(value * 100) / 100) as [number, number] },
      properties: { name, iso_a2: iso, area: Math.round(largestArea * 100) / 100 }
    });
  }
  return points;
}
