/**
 * Byte accounting of what a page downloaded: from the responses recorded at the browser-context
 * level (the page, its Web Workers and any other frame), how many bytes went over the network in
 * total, for the search bundles, and after a given moment (the query, as opposed to the page).
 */
import { searchBundles } from '#features/search/index.ts';

export interface RecordedResponse {
  /** URL path, e.g. /pagefind/pagefind.it_1a2b3c.pf_meta */
  path: string;
  status: number;
  /** Playwright's resource type: document, script, fetch… */
  resourceType: string;
  /** Body bytes as transferred (compressed when the server compressed them). */
  bodyBytes: number;
  /** Where bodyBytes comes from: the browser's count, or the Content-Length header when the browser had none. */
  bodySource: 'browser' | 'content-length' | 'none';
  /** Response header bytes. */
  headerBytes: number;
  /** When the request was sent, in ms since the measure began. */
  startedMs: number;
  /** Set when the request failed (no response or cut off). */
  failure?: string;
}

export interface ByteCount {
  requests: number;
  /** Bodies and response headers: what the network carried to the browser. */
  bytes: number;
}

/** The search bundles: the hub's and the directory's Pagefind indexes. */
export const HUB_BUNDLE = `/${searchBundles.hub}/`;
export const DIRECTORY_BUNDLE = `/${searchBundles.directory}/`;
export const SEARCH_BUNDLES = [HUB_BUNDLE, DIRECTORY_BUNDLE] as const;

/**
 * Chromium reports no body size for some responses (a Web Worker's own script, for one); the
 * Content-Length header, which the benchmark's server always sends, fills the gap.
 */
export function transferredBodyBytes(
  reportedBytes: number,
  headers: Readonly<Record<string, string>>,
): Pick<RecordedResponse, 'bodyBytes' | 'bodySource'> {
  if (reportedBytes > 0) return { bodyBytes: reportedBytes, bodySource: 'browser' };
  const declared = Number(headers['content-length']);
  if (Number.isFinite(declared) && declared > 0) return { bodyBytes: declared, bodySource: 'content-length' };
  return { bodyBytes: 0, bodySource: 'none' };
}

export interface CountFilter {
  /** Only paths under one of these prefixes. */
  under?: readonly string[];
  /** Only requests sent at or after this moment (ms since the measure began). */
  fromMs?: number;
}

export function countBytes(records: readonly RecordedResponse[], filter: CountFilter = {}): ByteCount {
  const { under, fromMs } = filter;
  const chosen = records.filter(
    (record) =>
      (under === undefined || under.some((prefix) => record.path.startsWith(prefix))) &&
      (fromMs === undefined || record.startedMs >= fromMs),
  );
  return {
    requests: chosen.length,
    bytes: chosen.reduce((total, record) => total + record.bodyBytes + record.headerBytes, 0),
  };
}

/**
 * What a search must have fetched if the requests of its Web Worker were recorded: the index
 * metadata (.pf_meta) and the WebAssembly search engine (wasm.<lang>.pagefind or a .wasm file),
 * under one of the bundles. Returns what is missing, empty when both are there.
 */
export function missingSearchCore(records: readonly RecordedResponse[], bundles: readonly string[]): string[] {
  const inBundles = records.filter((record) => bundles.some((bundle) => record.path.startsWith(bundle)));
  const missing: string[] = [];
  if (!inBundles.some((record) => record.path.endsWith('.pf_meta'))) missing.push('.pf_meta');
  if (!inBundles.some((record) => /\/wasm\.[^/]*\.pagefind$|\.wasm$/.test(record.path))) missing.push('.wasm');
  return missing;
}
