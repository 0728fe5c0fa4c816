/** Opportunities: the feature's plain TypeScript entry (see README.md). */
export { callTiming } from './dates.ts';
export { countryFilters } from './listing.ts';
