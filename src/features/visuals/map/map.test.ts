import { geoArea, geoContains } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { createRequire } from 'node:module';
import { drawBaseMap, dropNearPoints, lakesNotDrawn, lecco_ticino, naturalEarthLakes } from './base-map.ts';
import { findMunicipality, municipalities, municipalityKey } from './municipalities.ts';
import { overlapArea, placeLabels, textBox, type Box } from '../figure/labels.ts';
import { MARKER_SPACING, placeEntries, ringRadius, type MapEntry } from './placement.ts';
import { mapLabelBoxes, PLACE_FONT_SIZE, placeOnRegionMap } from './region-map.ts';

const map = drawBaseMap();

describe('base map', () => {
  it('draws every layer inside the Lecco–Ticino window', () => {
    for (const layer of ['italy', 'switzerland', 'ticino', 'lakes', 'border', 'cantonBorders'] as const) {
      expect(map[layer], layer).toMatch(/^M/);
    }
    expect(map.width).toBe(600);
    expect(map.height).toBeGreaterThan(500);
  });

  it('ships only the clipped outline: a few tens of kilobytes, not the world', () => {
    const bytes = ['italy', 'switzerland', 'ticino', 'lakes', 'border', 'cantonBorders']
      .map((layer) => map[layer as 'italy'].length)
      .reduce((sum, size) => sum + size, 0);
    expect(bytes).toBeLessThan(60_000);
    // Every coordinate of the drawing lies in the window (clipped, with one decimal).
    const numbers = map.switzerland.match(/-?\d+(\.\d+)?/g)!.map(Number);
    expect(Math.min(...numbers)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...numbers)).toBeLessThanOrEqual(Math.max(map.width, map.height));
  });

  it('draws Lake Como from Natural Earth, and Maggiore and Lugano once, from the FSO', () => {
    const swiss = JSON.parse(
      readFileSync(createRequire(import.meta.url).resolve('swiss-maps/2026/ch-combined.json'), 'utf8'),
    ) as Topology;
    const swissLakes = feature(swiss, swiss.objects.lakes as GeometryCollection) as FeatureCollection<Geometry>;
    // Each Natural Earth ring is wound so that it holds the lake, not the rest of the globe.
    for (const lake of naturalEarthLakes.features) {
      expect(geoArea(lake) * 6371 ** 2, lake.properties.name).toBeLessThan(300); // km²; Maggiore is 212
    }
    const added = lakesNotDrawn(naturalEarthLakes, swissLakes);
    expect(added.map((lake) => lake.properties.name)).toEqual(['Lago di Como']);
    // Open water off Bellagio, in the Lecco arm and the Como arm; Lecco and Colico on the shore.
    for (const point of [
      [9.27, 46.02],
      [9.36, 45.885],
      [9.14, 45.88],
    ] as const) {
      expect(geoContains(added[0]!, [...point]), String(point)).toBe(true);
    }
    expect(map.lakes.length).toBeGreaterThan(2000);
  });

  it('places points of the window on the map and leaves the rest off it', () => {
    const lugano = map.project(8.95, 46.0)!;
    const lecco = map.project(9.4, 45.85)!;
    expect(lugano[0]).toBeLessThan(lecco[0]); // Lugano is west of Lecco
    expect(lugano[1]).toBeLessThan(lecco[1]); // and north of it
    expect(map.project(12.5, 41.9)).toBeUndefined(); // Rome
    expect(map.project(lecco_ticino.west + 0.01, lecco_ticino.north - 0.01)).toBeDefined();
  });
});

describe('dropNearPoints', () => {
  it('drops points too close to the last one kept but keeps each line’s end', () => {
    const points: number[][] = [];
    const stream = dropNearPoints(
      {
        point: (x, y) => points.push([x, y]),
        lineStart: () => points.push([]),
        lineEnd: () => undefined,
        polygonStart: () => undefined,
        polygonEnd: () => undefined,
      },
      1,
    );
    stream.lineStart();
    for (const [x, y] of [
      [0, 0],
      [0.3, 0],
      [0.6, 0],
      [2, 0],
      [2.2, 0],
    ] as const) {
      stream.point(x, y);
    }
    stream.lineEnd();
    expect(points).toEqual([[], [0, 0], [2, 0], [2.2, 0]]);
  });
});

describe('municipality table', () => {
  it('has every row inside the map window, with an https source', () => {
    for (const row of municipalities) {
      expect(map.project(row.lon, row.lat), row.name).toBeDefined();
      expect(row.source, row.name).toMatch(/^https:\/\//);
    }
  });

  it('finds names whatever their case, accents or spacing, but not across countries', () => {
    expect(municipalityKey(' Càlolziocorte ', 'IT')).toBe(municipalityKey('calolziocorte', 'IT'));
    expect(findMunicipality('LUGANO', 'CH')?.name).toBe('Lugano');
    expect(findMunicipality('Lugano', 'IT')).toBeUndefined();
  });
});

describe('placement', () => {
  const entry = (id: string, municipality: string, kind: MapEntry['kind'] = 'company'): MapEntry => ({
    id,
    kind,
    name: id,
    href: `/it/companies/${id}/`,
    municipality,
    country: municipality === 'Lecco' || municipality === 'Atlantide' ? 'IT' : 'CH',
  });

  it('puts several entries of one municipality on a ring, none on top of another', () => {
    const { groups } = placeEntries(
      [entry('b', 'Lecco'), entry('a', 'Lecco', 'centre'), entry('c', 'Lecco')],
      map.project,
    );
    expect(groups).toHaveLength(1);
    const [group] = groups;
    expect(group!.members.map((member) => member.id)).toEqual(['a', 'b', 'c']); // centres first, then by name
    const [first, second] = group!.members;
    expect(Math.hypot(first!.x - second!.x, first!.y - second!.y)).toBeGreaterThanOrEqual(MARKER_SPACING - 0.5);
  });

  it('keeps one entry on its municipality and grows the ring with the count', () => {
    expect(ringRadius(1)).toBe(0);
    expect(ringRadius(40)).toBeGreaterThan(ringRadius(4));
    const { groups } = placeEntries([entry('solo', 'Stabio')], map.project);
    expect(groups[0]!.members[0]).toMatchObject({ x: groups[0]!.x, y: groups[0]!.y });
  });

  it('lists entries it cannot place instead of dropping them', () => {
    const { groups, unplaced } = placeEntries([entry('lost', 'Atlantide'), entry('found', 'Lugano')], map.project);
    expect(unplaced.map((item) => item.id)).toEqual(['lost']);
    expect(groups.map((group) => group.municipality)).toEqual(['Lugano']);
  });

  it('places the same entries the same way whatever their order', () => {
    const entries = [entry('a', 'Lugano'), entry('b', 'Lugano'), entry('c', 'Manno')];
    expect(placeEntries(entries, map.project)).toEqual(placeEntries([...entries].reverse(), map.project));
  });
});

describe('labels', () => {
  const options = { width: 600, height: 600, fontSize: 18 };
  const boxOf = (label: { x: number; y: number; anchor: string }, text: string) => {
    const width = text.length * options.fontSize * 0.62;
    const left = label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - width : label.x - width / 2;
    return {
      left,
      right: left + width,
      top: label.y - options.fontSize * 0.8,
      bottom: label.y + options.fontSize * 0.25,
    };
  };

  it('keep names of nearby groups apart and inside the map', () => {
    const groups = [
      { name: 'Mendrisio', x: 300, y: 400, radius: 0 },
      { name: 'Valmadrera', x: 420, y: 405, radius: 0 },
      { name: 'Lecco', x: 450, y: 400, radius: 11 },
      { name: 'Calolziocorte', x: 470, y: 430, radius: 0 },
    ];
    const labels = placeLabels(groups, options);
    const boxes = labels.map((label, index) => boxOf(label, groups[index]!.name));
    for (const [index, box] of boxes.entries()) {
      expect(box.left, groups[index]!.name).toBeGreaterThanOrEqual(0);
      expect(box.right, groups[index]!.name).toBeLessThanOrEqual(options.width);
      for (const other of boxes.slice(index + 1)) {
        const apart =
          box.right <= other.left || other.right <= box.left || box.bottom <= other.top || other.bottom <= box.top;
        expect(apart, `${groups[index]!.name} overlaps another name`).toBe(true);
      }
    }
  });

  it('move a name out, with a leader line, when every spot next to its group is taken', () => {
    // A name boxed in by neighbours on all sides (their markers) finds room further out.
    const crowd = [{ name: 'Mezzo', x: 300, y: 300, radius: 0 }];
    for (let dx = -100; dx <= 100; dx += 25) {
      for (let dy = -40; dy <= 40; dy += 20) {
        if (dx !== 0 || dy !== 0) crowd.push({ name: '', x: 300 + dx, y: 300 + dy, radius: 0 });
      }
    }
    const [label] = placeLabels(crowd, options);
    expect(label!.leader).toBeDefined();
    const box = boxOf(label!, 'Mezzo');
    for (const other of crowd.slice(1)) {
      const marker = { left: other.x - 9, right: other.x + 9, top: other.y - 9, bottom: other.y + 9 };
      expect(overlapArea(box, marker)).toBe(0);
    }
  });

  it('put a lone name to the right of its marker', () => {
    expect(placeLabels([{ name: 'Stabio', x: 100, y: 100, radius: 0 }], options)[0]).toMatchObject({
      anchor: 'start',
    });
  });
});

describe('the region map with the real companies and centres', () => {
  const read = (folder: string) =>
    readdirSync(new URL(`../../../../content/${folder}/`, import.meta.url))
      .filter((file) => file.endsWith('.yaml'))
      .map((file) => ({
        id: file.replace(/\.yaml$/, ''),
        ...(parse(readFileSync(new URL(`../../../../content/${folder}/${file}`, import.meta.url), 'utf8')) as {
          name: string;
          municipality: string;
          country: 'IT' | 'CH';
        }),
      }));
  const asEntries = (rows: ReturnType<typeof read>, kind: MapEntry['kind']): MapEntry[] =>
    rows.map((row) => ({ ...row, kind, href: `/it/${kind}/${row.id}/` }));
  const companies = asEntries(read('companies'), 'company');
  const centres = asEntries(read('research-centres'), 'centre');

  // The three maps of the site: the home (both), the company index and the centre index.
  for (const [page, entries] of [
    ['home', [...centres, ...companies]],
    ['companies', companies],
    ['centres', centres],
  ] as const) {
    it(`${page}: no name covers another name, a marker or the map's own labels, and all stay inside`, () => {
      const { groups } = placeOnRegionMap(entries, map);
      expect(groups.length).toBeGreaterThan(5);
      const boxes = groups.map((group) => textBox(group.label, group.municipality, PLACE_FONT_SIZE));
      const markers: Box[] = groups.flatMap((group) =>
        group.members.map((member) => ({
          left: member.x - 8,
          right: member.x + 8,
          top: member.y - 8,
          bottom: member.y + 8,
        })),
      );
      const labels = mapLabelBoxes(map);
      for (const [index, box] of boxes.entries()) {
        const name = groups[index]!.municipality;
        expect(box.left, name).toBeGreaterThanOrEqual(0);
        expect(box.right, name).toBeLessThanOrEqual(map.width);
        expect(box.top, name).toBeGreaterThanOrEqual(0);
        expect(box.bottom, name).toBeLessThanOrEqual(map.height);
        for (const [otherIndex, other] of boxes.entries()) {
          if (otherIndex !== index)
            expect(overlapArea(box, other), `${name} / ${groups[otherIndex]!.municipality}`).toBe(0);
        }
        for (const marker of markers) expect(overlapArea(box, marker), `${name} covers a marker`).toBe(0);
        for (const label of labels) expect(overlapArea(box, label), `${name} covers a country label`).toBe(0);
      }
      // The map's own labels keep clear of the markers too.
      for (const label of labels) {
        for (const marker of markers) expect(overlapArea(label, marker)).toBe(0);
      }
    });
  }
});
