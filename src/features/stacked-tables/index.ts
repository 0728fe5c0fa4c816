/** Stacked tables: the feature's plain TypeScript entry (see README.md). */
export { stackedTables } from './integration.ts';
export { labelRows } from './rows.ts';
