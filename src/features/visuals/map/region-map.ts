/** The region map shared by the pages of one build: the outline is drawn once. */
import { drawBaseMap, type BaseMap } from './base-map.ts';

let baseMap: BaseMap | undefined;

export function regionBaseMap(): BaseMap {
  baseMap ??= drawBaseMap();
  return baseMap;
}

/** Where the map's own labels go (longitude, latitude). */
export const mapLabels = {
  italy: [9.05, 45.67],
  switzerland: [8.95, 46.6],
  ticino: [8.75, 46.37],
} as const;
