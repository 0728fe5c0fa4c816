/**
 * PMI_POST_BUILD=off makes `astro build` stop after the pages, leaving the search indexes and
 * the service worker to `scripts/index-site.ts`: the benchmark times the two steps apart.
 */
export function postBuildEnabled(): boolean {
  return process.env['PMI_POST_BUILD'] !== 'off';
}
