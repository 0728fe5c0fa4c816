/** The region map shared by the pages of one build: the outline is drawn once. */
import { drawBaseMap, type BaseMap } from './base-map.ts';
import { textBox, type Box } from '../figure/labels.ts';
import { placeEntries, type MapEntry, type Placement } from './placement.ts';

let baseMap: BaseMap | undefined;

export function regionBaseMap(): BaseMap {
  baseMap ??= drawBaseMap();
  return baseMap;
}

/**
 * The map's own labels: where they go (longitude, latitude), their words in every language (the
 * longest one is kept clear of the names) and the largest size they are drawn at, in map units,
 * with their letter spacing in em (see RegionMap.astro's styles). ITALIA sits in the empty south
 * west, clear of the Como–Lecco–Milan places.
 */
export const mapLabels = {
  italy: { at: [8.72, 45.55], words: ['ITALIA', 'ITALY'], fontSize: 20, spacing: 0.35 },
  switzerland: { at: [8.95, 46.6], words: ['SVIZZERA', 'SWITZERLAND'], fontSize: 20, spacing: 0.35 },
  ticino: { at: [8.75, 46.37], words: ['Ticino'], fontSize: 20, spacing: 0.05 },
} as const;

/** The largest size the names of places are drawn at (on phones), in map units. */
export const PLACE_FONT_SIZE = 18;

/** The boxes of the map's own labels, which the names of places keep clear of. */
export function mapLabelBoxes(map: Pick<BaseMap, 'project'>): Box[] {
  return Object.values(mapLabels).flatMap((label) => {
    const point = map.project(label.at[0], label.at[1]);
    if (!point) return [];
    const longest = [...label.words].sort((a, b) => b.length - a.length)[0]!;
    return [textBox({ x: point[0], y: point[1], anchor: 'middle' }, longest, label.fontSize, label.spacing)];
  });
}

/** Companies and centres on the region map, their names clear of each other and of the map's labels. */
export function placeOnRegionMap(entries: readonly MapEntry[], map: BaseMap = regionBaseMap()): Placement {
  return placeEntries(entries, map.project, {
    width: map.width,
    height: map.height,
    fontSize: PLACE_FONT_SIZE,
    obstacles: mapLabelBoxes(map),
  });
}
