/**
 * The `cacheKey` a route returns from getStaticPaths() for Astro's incremental build: a page is
 * reused only while its key and its code are unchanged, so the key must cover everything the page
 * shows that is not code. It covers the site's fingerprint (all content but the directory's rows)
 * and the parts the caller passes: the rows and summaries the page renders.
 */
import { createHash } from 'node:crypto';
import { contentRowsDigest, siteFingerprint } from './fingerprint.ts';

/** A short digest of the site's fingerprint and of `parts` (anything JSON can write). */
export function pageCacheKey(...parts: unknown[]): string {
  return createHash('sha256').update(siteFingerprint()).update(JSON.stringify(parts)).digest('base64url');
}

/**
 * getStaticPaths() entries keyed by the site's fingerprint alone, for the routes whose pages show
 * content files (stories, guides, calls, taxonomies…) and nothing of the directory's rows: a page
 * is reused until a content file, the build date, the environment values or its code change.
 */
export function keyedBySite<Path extends object>(paths: readonly Path[]): (Path & { cacheKey: string })[] {
  const cacheKey = pageCacheKey();
  return paths.map((entry) => ({ ...entry, cacheKey }));
}

/**
 * getStaticPaths() entries keyed by every file of content/, its own rows included (not those
 * PMI_DIRECTORY_DIR names): for the pages that check the content folder as a whole (the
 * editorial report runs the content check, which reads content/ and nothing else).
 */
export function keyedByContentFolder<Path extends object>(paths: readonly Path[]): (Path & { cacheKey: string })[] {
  const cacheKey = pageCacheKey('content rows', contentRowsDigest());
  return paths.map((entry) => ({ ...entry, cacheKey }));
}
