/** Build cache: the feature's plain TypeScript entry (see README.md). */
export { keyedByContentFolder, keyedBySite, pageCacheKey } from './cache-key.ts';
export { filesDigest } from './fingerprint.ts';
export { buildInputsDigest, BUILD_INPUTS_VARIABLE } from './build-inputs.ts';
export { cacheFolder, restoreFolder, siteFolder, storeFolder, writeFolder, type FolderFile } from './folder-cache.ts';
export { keptSiteFolder, siteFolderStamp } from './site-folder-integration.ts';
export { listSiteFolder, restampSiteFolder, siteFolderUpToDate } from './site-folder.ts';
