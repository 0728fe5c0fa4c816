/**
 * The steps after `astro build` for an already built site: the search indexes, then the service
 * worker and offline manifest (which describe the finished files). `astro build` runs them
 * itself; with PMI_POST_BUILD=off it leaves them to this script, so they can be timed apart.
 *
 *   node scripts/index-site.ts --site dist
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeOfflineFiles } from '#features/offline/index.ts';
import { buildSearchIndexes } from '#features/search/index.ts';

const { values } = parseArgs({ options: { site: { type: 'string', default: 'dist' } } });
const siteDir = path.resolve(values.site);
const result = await buildSearchIndexes(siteDir);
console.log(
  `Search index: ${result.hubPages} hub pages; directory: ${result.directoryRecords} records ` +
    `of ${result.directoryCompanies} companies`,
);
console.log(writeOfflineFiles(siteDir));
