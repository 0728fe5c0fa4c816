/** Visuals: the feature's plain TypeScript entry (see README.md). */
export { countBy } from './charts/bars.ts';
export { centreEntries, companyEntries } from './map/entries.ts';
export { outlineSvg } from './map/outline-svg.ts';
export { regionBaseMap } from './map/region-map.ts';
export { collaborationGraph } from './network/graph.ts';
