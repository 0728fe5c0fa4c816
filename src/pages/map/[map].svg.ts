/** /map/region.svg: the region map's outline, shared by every page with a map (see outline-svg.ts). */
import type { APIRoute } from 'astro';
import { keyedBySite } from '#features/build-cache/index.ts';
import { outlineSvg, regionBaseMap } from '#features/visuals/index.ts';

// A parameter only so the file can return a cache key: drawn from the map data alone, it is
// reused until the site's fingerprint or the code (the map data with it) change.
export const getStaticPaths = () => keyedBySite([{ params: { map: 'region' } }]);

export const GET: APIRoute = () =>
  new Response(outlineSvg(regionBaseMap()), { headers: { 'Content-Type': 'image/svg+xml' } });
