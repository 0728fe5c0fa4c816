/** Requests: the feature's plain TypeScript entry (see README.md). */
export { boardOn, requestCountries } from './listing.ts';
export { unlistedRequestIds } from './unlisted.ts';
