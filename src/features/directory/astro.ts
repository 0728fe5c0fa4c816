export { directorySearchDictionary } from './search-dictionary.ts';
export { getDirectoryView } from './site-data.ts';
