/** /map/region.svg: the region map's outline, shared by every page with a map (see outline-svg.ts). */
import type { APIRoute } from 'astro';
import { outlineSvg, regionBaseMap } from '#features/visuals/index.ts';

export const GET: APIRoute = () =>
  new Response(outlineSvg(regionBaseMap()), { headers: { 'Content-Type': 'image/svg+xml' } });
