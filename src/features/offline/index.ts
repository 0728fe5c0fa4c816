/** Offline: the feature's plain TypeScript entry (see README.md). */
export { OFFLINE_FILES, offlineSupport, writeOfflineFiles } from './integration.ts';
export { directorySectionId, offlineSections } from './sections.ts';
