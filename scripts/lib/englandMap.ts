/**
 * England's 153 councils as SVG paths, from ONS's ultra-generalised boundaries in TopoJSON
 * (../shared/real-data/ctyua_dec2024_uk_buc.topo.json). The file is checked by a schema, its arcs
 * decoded, and longitude and latitude drawn as a plate carrée scaled at England's middle latitude
 * (53°N): for a locator map the size of a page, no different to the eye from the national grid.
 * The file is kept in the project (scripts/import/national/boundaries/, with its provenance); the
 * build makes the measure pages' map from it (vite.config.ts), build:all the national index's.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod/mini';

const position = z.tuple([z.number(), z.number()]);
const properties = z.object({ AREACD: z.string(), AREANM: z.string() });
const rings = z.array(z.array(z.number()));
const geometry = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), arcs: rings, properties }),
  z.object({ type: z.literal('MultiPolygon'), arcs: z.array(rings), properties }),
]);
const topologySchema = z.object({
  type: z.literal('Topology'),
  transform: z.object({ scale: position, translate: position }),
  arcs: z.array(z.array(position)),
  objects: z.object({ data: z.object({ geometries: z.array(geometry) }) }),
});

export interface MapArea {
  code: string;
  name: string;
  /** The SVG path, in the map's viewBox. */
  d: string;
  /**
   * A point inside or near the area (the mean of its largest ring's points), for moving between
   * areas.
   */
  x: number;
  y: number;
}

export interface EnglandMap {
  width: number;
  height: number;
  areas: MapArea[];
}

type Point = [number, number];

/** Reads the boundaries of England's councils (codes starting E) and draws them `width` wide. */
export function englandMap(file: string, width = 480): EnglandMap {
  const topo = topologySchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  const [sx, sy] = topo.transform.scale;
  const [tx, ty] = topo.transform.translate;
  // Arcs are delta-encoded, quantised positions: add up the steps, then scale and move them.
  const arcs = topo.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]): Point => {
      x += dx;
      y += dy;
      return [x * sx + tx, y * sy + ty];
    });
  });
  const ring = (indexes: number[]): Point[] =>
    indexes.flatMap((i, n) => {
      // A negative index is the arc ~i run backwards; each arc after the first repeats its start.
      const arc = i >= 0 ? (arcs[i] ?? []) : [...(arcs[~i] ?? [])].reverse();
      return n === 0 ? arc : arc.slice(1);
    });
  const england = topo.objects.data.geometries.filter((g) => g.properties.AREACD.startsWith('E'));
  const shapes = england.map((g) => {
    const polygons = g.type === 'Polygon' ? [g.arcs] : g.arcs;
    return {
      code: g.properties.AREACD,
      name: g.properties.AREANM,
      rings: polygons.flatMap((polygon) => polygon.map(ring)),
    };
  });

  const k = Math.cos((53 * Math.PI) / 180);
  const all = shapes.flatMap((s) => s.rings.flat());
  const xs = all.map(([lon]) => lon * k);
  const ys = all.map(([, lat]) => lat);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const margin = 4;
  const scale = (width - 2 * margin) / (x1 - x0);
  const height = Math.ceil((y1 - y0) * scale + 2 * margin);
  const px = ([lon]: Point) => (lon * k - x0) * scale + margin;
  const py = ([, lat]: Point) => (y1 - lat) * scale + margin;
  const at = (p: Point) => `${px(p).toFixed(1)},${py(p).toFixed(1)}`;
  const mean = (points: Point[], f: (p: Point) => number) =>
    Number((points.reduce((sum, p) => sum + f(p), 0) / (points.length || 1)).toFixed(1));
  return {
    width,
    height,
    areas: shapes.map((s) => {
      const largest = s.rings.reduce<Point[]>((a, b) => (b.length > a.length ? b : a), []);
      return {
        code: s.code,
        name: s.name,
        d: s.rings.map((r) => `M${r.map(at).join('L')}Z`).join(''),
        x: mean(largest, px),
        y: mean(largest, py),
      };
    }),
  };
}
