/**
 * The region map's outline (land, lakes, borders) as an SVG file of its own, /map/region.svg:
 * the same for every map, so pages point at it instead of each carrying 25 kB of paths, and the
 * browser caches it once. Colours are attributes (an image cannot see the page's CSS); dark mode
 * has its own rule inside the file.
 */
import type { BaseMap } from './base-map.ts';

export const OUTLINE_URL = '/map/region.svg';

const light = { land: '#ecebe4', ch: '#f7f6f1', ticino: '#e9f0df', water: '#8dbfdb', line: '#5b6470' };
const dark = { land: '#1d2630', ch: '#232e3a', ticino: '#27342a', water: '#3d7ea3', line: '#9aa6b4' };

export function outlineSvg(map: BaseMap): string {
  const layers = [
    `<rect class="land" width="${map.width}" height="${map.height}" fill="${light.land}"/>`,
    `<path class="land" d="${map.italy}" fill="${light.land}"/>`,
    `<path class="ch" d="${map.switzerland}" fill="${light.ch}"/>`,
    `<path class="ticino" d="${map.ticino}" fill="${light.ticino}"/>`,
    `<path class="line" d="${map.cantonBorders}" fill="none" stroke="${light.line}" stroke-width="0.7" stroke-dasharray="2 3" opacity="0.7"/>`,
    `<path class="water" d="${map.lakes}" fill="${light.water}"/>`,
    `<path class="line" d="${map.border}" fill="none" stroke="${light.line}" stroke-width="1.8" stroke-dasharray="7 3 2 3"/>`,
  ];
  const darkRules =
    `@media (prefers-color-scheme: dark){.land{fill:${dark.land}}.ch{fill:${dark.ch}}` +
    `.ticino{fill:${dark.ticino}}.water{fill:${dark.water}}.line{stroke:${dark.line}}}`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${map.width} ${map.height}" width="${map.width}" height="${map.height}">` +
    `<style>${darkRules}</style>${layers.join('')}</svg>\n`
  );
}
