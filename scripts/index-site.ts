/**
 * The steps after `astro build` for an already built site: the search indexes, then the service
 * worker and offline manifest (which describe the finished files). `npm run build` runs them
 * here, in a process of their own once Astro's has ended (scripts/astro.ts); `astro build` alone
 * runs them itself; with PMI_POST_BUILD=off it leaves them out, so they can be timed apart.
 *
 *   node scripts/index-site.ts --site dist
 *
 * It reuses the indexes of the last build kept in PMI_CACHE_DIR (as `astro build` does) when their
 * inputs are the same, and records the site folder again for the next build (it keeps the folder
 * only as the last build left it).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { OFFLINE_FILES, writeOfflineFiles } from '#features/offline/index.ts';
import { cacheFolder, listSiteFolder, restampSiteFolder } from '#features/build-cache/index.ts';
import { buildSearchIndexes, searchIndexSummary } from '#features/search/index.ts';
import { NOT_FOR_VISITORS } from '#features/security/index.ts';

const { values } = parseArgs({ options: { site: { type: 'string', default: 'dist' } } });
const siteDir = path.resolve(values.site);
console.log(searchIndexSummary(await buildSearchIndexes(siteDir, { cacheDir: cacheFolder() })));
// One listing of the site's 17,800 files (at full scale) for the offline files and the stamp:
// after the offline files, only those two are looked at again.
const listing = listSiteFolder(siteDir);
console.log(writeOfflineFiles(siteDir, { cacheDir: cacheFolder(), notForVisitors: NOT_FOR_VISITORS, listing }));
restampSiteFolder(siteDir, cacheFolder(), { listing, rewritten: OFFLINE_FILES });
