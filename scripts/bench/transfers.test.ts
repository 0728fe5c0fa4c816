import { describe, expect, it } from 'vitest';
import {
  countBytes,
  DIRECTORY_BUNDLE,
  HUB_BUNDLE,
  missingSearchCore,
  SEARCH_BUNDLES,
  transferredBodyBytes,
  type RecordedResponse,
} from './transfers.ts';

function response(path: string, bodyBytes: number, startedMs: number, headerBytes = 200): RecordedResponse {
  return { path, status: 200, resourceType: 'fetch', bodyBytes, bodySource: 'browser', headerBytes, startedMs };
}

/** A first search: the page, Pagefind's script and worker, its metadata, wasm, an index chunk, fragments. */
const recorded: RecordedResponse[] = [
  response('/it/search/', 8000, 0),
  response('/_astro/search.js', 1700, 60),
  response('/pagefind/pagefind.js', 13_000, 100),
  response('/pagefind/pagefind-worker.js', 12_000, 600),
  response('/pagefind/pagefind.it_abc.pf_meta', 1300, 650, 220),
  response('/pagefind/wasm.it.pagefind', 59_000, 650, 220),
  response('/pagefind-directory/pagefind.it_def.pf_meta', 40_000, 700, 220),
  response('/pagefind-directory/index/it_1.pf_index', 90_000, 1500, 220),
  response('/pagefind-directory/fragment/it_2.pf_fragment', 1500, 1600, 220),
  response('/favicon.svg', 212, 1500, 100),
];

describe('byte accounting', () => {
  it('adds bodies and headers of every response', () => {
    const bodies = recorded.reduce((total, record) => total + record.bodyBytes, 0);
    const headers = recorded.reduce((total, record) => total + record.headerBytes, 0);
    expect(countBytes(recorded)).toEqual({ requests: 10, bytes: bodies + headers });
    expect(countBytes([])).toEqual({ requests: 0, bytes: 0 });
  });

  it('counts the search bundles apart', () => {
    expect(countBytes(recorded, { under: [HUB_BUNDLE] })).toEqual({
      requests: 4,
      bytes: 13_000 + 12_000 + 1300 + 59_000 + 2 * 200 + 2 * 220,
    });
    expect(countBytes(recorded, { under: [DIRECTORY_BUNDLE] })).toEqual({
      requests: 3,
      bytes: 40_000 + 90_000 + 1500 + 3 * 220,
    });
    expect(countBytes(recorded, { under: SEARCH_BUNDLES }).requests).toBe(7);
  });

  it('counts what came after a moment: the query rather than the page', () => {
    expect(countBytes(recorded, { fromMs: 1500 })).toEqual({ requests: 3, bytes: 90_000 + 1500 + 212 + 2 * 220 + 100 });
    expect(countBytes(recorded, { fromMs: 1500, under: SEARCH_BUNDLES }).requests).toBe(2);
  });

  it('falls back on Content-Length when the browser reports no body size', () => {
    expect(transferredBodyBytes(1234, { 'content-length': '999' })).toEqual({ bodyBytes: 1234, bodySource: 'browser' });
    expect(transferredBodyBytes(0, { 'content-length': '12435' })).toEqual({
      bodyBytes: 12_435,
      bodySource: 'content-length',
    });
    expect(transferredBodyBytes(-1, {})).toEqual({ bodyBytes: 0, bodySource: 'none' });
  });

  it('tells whether the Web Worker’s requests were recorded (.pf_meta and the wasm are there)', () => {
    expect(missingSearchCore(recorded, [HUB_BUNDLE])).toEqual([]);
    expect(missingSearchCore(recorded, [DIRECTORY_BUNDLE])).toEqual(['.wasm']);
    const pageOnly = recorded.filter((record) => !/pf_meta|wasm/.test(record.path));
    expect(missingSearchCore(pageOnly, SEARCH_BUNDLES)).toEqual(['.pf_meta', '.wasm']);
    expect(missingSearchCore([response('/pagefind/pagefind_bg.wasm', 1, 0)], [HUB_BUNDLE])).toEqual(['.pf_meta']);
  });
});
