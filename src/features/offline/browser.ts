/** The offline feature's browser entry: for scripts of pages and of other features. */
export { workerVersion } from './browser/caches.ts';
export { startOfflinePage } from './browser/offline-page.ts';
