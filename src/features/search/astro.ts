/** The search feature's Astro entry: what needs the build's collections. */
export { searchDictionaryFor } from './page-data.ts';
