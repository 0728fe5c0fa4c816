/** Opportunities: the feature's plain TypeScript entry (see README.md). */
export { callTiming, dayNumber, type CallState, type CallTiming } from './dates.ts';
export { countryFilters, groupCalls, nextDeadlines } from './listing.ts';
