/** Build cache: the feature's plain TypeScript entry (see README.md). */
export { keyedBySite, pageCacheKey } from './cache-key.ts';
export { filesDigest } from './fingerprint.ts';
export { cacheFolder, restoreFolder, storeFolder } from './folder-cache.ts';
export { keptSiteFolder, siteFolderStamp } from './site-folder-integration.ts';
export { restampSiteFolder } from './site-folder.ts';
