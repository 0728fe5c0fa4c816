/** Open data: the feature's plain TypeScript entry (see README.md). */
export { catalogue, type DataFile, filesOf, lastReviewed, type PublishedDataset, renderDataFile } from './files.ts';
