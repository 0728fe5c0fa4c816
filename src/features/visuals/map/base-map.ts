/**
 * The region map's background, drawn once per build and clipped to the Lecco–Ticino window, so
 * pages carry only the few kilobytes of outline they show:
 * - Italy: Natural Earth 1:10m admin-0 countries, via the world-atlas package (public domain);
 * - Switzerland's border, the Canton of Ticino and the lakes: FSO (BFS) GEOSTAT generalised
 *   boundaries, via the swiss-maps package (TopoJSON, 2026 edition). Its lakes include the whole
 *   of Lago Maggiore and Lago di Lugano, across the border too;
 * - Lago di Como (Lario), which lies wholly in Italy and so is not in the FSO layer: Natural Earth
 *   1:10m lakes, in `natural-earth-lakes.json`, the lakes of Natural Earth's "Lakes + Reservoirs"
 *   layer and its supplementary Europe layer that meet the window, cut from them once (public
 *   domain; coordinates rounded to 4 decimals). Each is drawn unless the FSO layer already has it.
 * Natural Earth has none of the small Brianza lakes (Annone, Pusiano, Garlate, Olginate), and no
 * data set here gives the province of Lecco's boundary, so the map shows none of them.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoArea, geoBounds, geoContains, geoMercator, geoPath, type GeoProjection, type GeoStream } from 'd3-geo';
import type { Feature, FeatureCollection, GeoJsonProperties, Geometry, MultiLineString, Polygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import naturalEarthLakeData from './natural-earth-lakes.json';

export interface MapWindow {
  west: number;
  south: number;
  east: number;
  north: number;
}

/** From Locarno and the Lago Maggiore in the west to Lecco and Merate in the east, and south to Milan. */
export const lecco_ticino: MapWindow = { west: 8.35, south: 45.42, east: 9.72, north: 46.66 };

/**
 * Credited under the map: Natural Earth for Italy and Lake Como; the FSO, which asks to be named as
 * "Bundesamt für Statistik (BFS), GEOSTAT", for Switzerland, Ticino and the other lakes.
 */
export const mapSources = [
  { name: 'Natural Earth', url: 'https://www.naturalearthdata.com/' },
  {
    name: 'Bundesamt für Statistik (BFS), GEOSTAT',
    url: 'https://www.bfs.admin.ch/bfs/en/home/services/geostat/swiss-federal-statistics-geodata/administrative-boundaries/generalized-boundaries-local-regional-authorities.html',
  },
] as const;

export interface BaseMap {
  width: number;
  height: number;
  /** SVG path data of each layer, in the map's pixel space. */
  italy: string;
  switzerland: string;
  ticino: string;
  lakes: string;
  /** The national border, and the borders between Swiss cantons. */
  border: string;
  cantonBorders: string;
  /** Where a point on the earth falls on the map, or undefined outside the window. */
  project: (lon: number, lat: number) => [number, number] | undefined;
}

const TICINO = '21'; // FSO canton number

/** Points closer than this to the previous one (in map pixels) add bytes but nothing visible. */
export const MIN_STEP = 1;

/**
 * A stream step that drops points within `minStep` of the last point kept on the same line or
 * ring (radial-distance simplification), always keeping each line's last point so rings close.
 */
export function dropNearPoints(output: GeoStream, minStep: number): GeoStream {
  let last: [number, number] | undefined;
  let pending: [number, number] | undefined;
  const flush = () => {
    if (pending) output.point(pending[0], pending[1]);
    pending = undefined;
  };
  return {
    point(x, y) {
      if (last && Math.hypot(x - last[0], y - last[1]) < minStep) {
        pending = [x, y];
        return;
      }
      pending = undefined;
      last = [x, y];
      output.point(x, y);
    },
    lineStart() {
      last = undefined;
      pending = undefined;
      output.lineStart();
    },
    lineEnd() {
      flush();
      output.lineEnd();
    },
    polygonStart: () => output.polygonStart(),
    polygonEnd: () => output.polygonEnd(),
    sphere: () => output.sphere?.(),
  };
}

const require = createRequire(import.meta.url);
function readTopology(specifier: string): Topology {
  return JSON.parse(readFileSync(require.resolve(specifier), 'utf8')) as Topology;
}

function windowProjection(window: MapWindow, width: number): { projection: GeoProjection; height: number } {
  const corners = {
    type: 'MultiPoint' as const,
    coordinates: [
      [window.west, window.south],
      [window.east, window.north],
      [window.west, window.north],
      [window.east, window.south],
    ],
  };
  const projection = geoMercator().fitWidth(width, corners);
  const [, top] = projection([window.west, window.north])!;
  const [, bottom] = projection([window.west, window.south])!;
  const height = Math.round(bottom - top);
  projection.translate([projection.translate()[0], projection.translate()[1] - top]);
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
  return { projection, height };
}

export const naturalEarthLakes = naturalEarthLakeData as FeatureCollection<Polygon, { name: string }>;

/**
 * The lakes of `extra` that `drawn` does not already show. The two sources trace a shore apart by
 * a few hundred metres, so outlines are not compared: a lake most of whose water (points on a
 * grid of about 800 m) lies in the drawn lakes is the same lake, drawn by the other source.
 */
export function lakesNotDrawn<P extends GeoJsonProperties>(
  extra: FeatureCollection<Polygon, P>,
  drawn: FeatureCollection<Geometry>,
  step = 0.01,
): Feature<Polygon, P>[] {
  return extra.features.filter((lake) => {
    const [[west, south], [east, north]] = geoBounds(lake);
    let water = 0;
    let shown = 0;
    for (let lon = west + step / 2; lon < east; lon += step) {
      for (let lat = south + step / 2; lat < north; lat += step) {
        if (!geoContains(lake, [lon, lat])) continue;
        water += 1;
        if (geoContains(drawn, [lon, lat])) shown += 1;
      }
    }
    return shown < water / 2;
  });
}

export function drawBaseMap({
  window = lecco_ticino,
  width = 600,
  switzerland = readTopology('swiss-maps/2026/ch-combined.json'),
  world = readTopology('world-atlas/countries-10m.json'),
  moreLakes = naturalEarthLakes,
}: {
  window?: MapWindow;
  width?: number;
  switzerland?: Topology;
  world?: Topology;
  moreLakes?: FeatureCollection<Polygon>;
} = {}): BaseMap {
  const { projection, height } = windowProjection(window, width);
  const path = geoPath({ stream: (output) => projection.stream(dropNearPoints(output, MIN_STEP)) }).digits(1);
  const draw = (object: Parameters<typeof path>[0]) => path(object) ?? '';

  const countries = feature(world, world.objects.countries as GeometryCollection) as FeatureCollection;
  const italy = countries.features.find((country) => String(country.id) === '380');
  if (!italy) throw new Error('world-atlas: no feature for Italy (380)');

  const country = switzerland.objects.country as GeometryCollection;
  // The layer also holds Liechtenstein and the enclaves as separate polygons: Switzerland is the largest.
  const main = [...country.geometries].sort(
    (a, b) => geoArea(feature(switzerland, b) as Feature) - geoArea(feature(switzerland, a) as Feature),
  )[0]!;
  const cantons = switzerland.objects.cantons as GeometryCollection;
  const ticino = cantons.geometries.find((canton) => String(canton.id) === TICINO);
  if (!ticino) throw new Error('swiss-maps: no canton 21 (Ticino)');
  const swissLakes = feature(
    switzerland,
    switzerland.objects.lakes as GeometryCollection,
  ) as FeatureCollection<Geometry>;
  const lakes: FeatureCollection<Geometry> = {
    type: 'FeatureCollection',
    features: [...swissLakes.features, ...lakesNotDrawn(moreLakes, swissLakes)],
  };

  return {
    width,
    height,
    italy: draw(italy),
    switzerland: draw(feature(switzerland, main) as Feature),
    ticino: draw(feature(switzerland, ticino) as Feature),
    lakes: draw(lakes),
    border: draw(
      mesh(switzerland, { type: 'GeometryCollection', geometries: [main] }, (a, b) => a === b) as MultiLineString,
    ),
    cantonBorders: draw(mesh(switzerland, cantons, (a, b) => a !== b) as MultiLineString),
    project: (lon, lat) => {
      const point = projection([lon, lat]);
      if (!point) return undefined;
      const [x, y] = point;
      return x >= 0 && x <= width && y >= 0 && y <= height ? [x, y] : undefined;
    },
  };
}
