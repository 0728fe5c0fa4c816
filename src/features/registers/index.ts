/** The importers of the public company registers: adapters, the sources registry, the import itself. */
export { adapters, type AdapterId } from './adapter-table.ts';
export { runImport } from './run-import.ts';
export { formatRefreshFailure, runRefresh, type RefreshInput } from './refresh.ts';
export { refreshSources } from './refresh-sources.ts';
export { readRegisterSources, SOURCES_FILE } from './sources.ts';
