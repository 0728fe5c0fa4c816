/** Search: the feature's plain TypeScript entry (see README.md). */
export { searchBundles } from './bundles.ts';
export { type SearchDictionary } from './dictionary.ts';
export {
  callSearchFields,
  centreSearchFields,
  companySearchFields,
  expertiseSearchFields,
  guideSearchFields,
  pageSearchFields,
  requestSearchFields,
  storySearchFields,
} from './fields.ts';
export { type SearchFields } from './filters.ts';
export { pagefindSearch } from './pagefind.ts';
export { buildSearchIndexes, searchIndexSummary } from './site-search.ts';
