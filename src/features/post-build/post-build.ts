/**
 * Where the steps after the pages run (the search indexes and the service worker), from
 * PMI_POST_BUILD:
 * - unset: in Astro's process, at the end of `astro build`;
 * - `apart`: in a process of their own once Astro's has ended, so the two never hold their
 *   memory at once (scripts/astro.ts sets it for `npm run build`, then runs scripts/index-site.ts);
 * - `off`: not at all, left to scripts/index-site.ts (the benchmark times the two steps apart).
 */
export const POST_BUILD_VARIABLE = 'PMI_POST_BUILD';
/** The value scripts/astro.ts sets for `npm run build`. */
export const POST_BUILD_APART = 'apart';

/** What an integration logs instead of running its step after the pages, or undefined when it runs it. */
export function postBuildLeftOut(step: string): string | undefined {
  if (process.env[POST_BUILD_VARIABLE] === 'off') return `${step} skipped (${POST_BUILD_VARIABLE}=off)`;
  if (process.env[POST_BUILD_VARIABLE] === POST_BUILD_APART)
    return `${step}: written once the build's process has ended`;
  return undefined;
}

/** True when the steps after the pages run once Astro's process has ended (scripts/index-site.ts). */
export function postBuildApart(): boolean {
  return process.env[POST_BUILD_VARIABLE] === POST_BUILD_APART;
}
