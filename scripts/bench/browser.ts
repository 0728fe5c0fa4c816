/**
 * Search in a real browser: headless Chromium over the built site, each measure in a fresh
 * browser context (empty HTTP cache, no service worker), recording every response of the
 * context — the page's and those of Pagefind's Web Worker — with the bytes it carried.
 *
 * Timings come from the page's own clock (performance.now()) through a small script installed
 * before the page's scripts: when the query was submitted, and when the first result appeared
 * in `[data-search-results]`. Playwright's round trips are not in them.
 */
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import {
  countBytes,
  DIRECTORY_BUNDLE,
  HUB_BUNDLE,
  missingSearchCore,
  SEARCH_BUNDLES,
  transferredBodyBytes,
  type ByteCount,
  type RecordedResponse,
} from './transfers.ts';

export type MeasureKind = 'hub' | 'relaxed' | 'directory' | 'filtered' | 'merged';

export const HUB_SEARCH_PATH = '/it/search/';
export const DIRECTORY_SEARCH_PATH = '/it/directory/search/';
const RESULT = '[data-search-results] > li';
const STATUS = '[data-search-status]';
const INPUT = '#search-query';
/** How many results' data the merged measure loads, like a first page of results would. */
export const MERGED_RESULTS = 5;
const TIMEOUT_MS = 120_000;
const SETTLE_LIMIT_MS = 30_000;

export interface SearchSample {
  kind: MeasureKind;
  /** Path and query string of the page. */
  page: string;
  word: string;
  /**
   * hub, relaxed, directory: from submitting the typed query (Enter: the form's submit event, or the key itself on a
   * page without a form) to the first result in the page;
   * filtered: from the start of the navigation to the first result;
   * merged: from importing Pagefind to the data of the first results.
   */
  ms: number;
  /** hub, directory: from the first keystroke to the first result (also includes the Enter key press). */
  sinceTypingMs?: number;
  /** The results shown (hub, directory, filtered) or found (merged). */
  results: number;
  /** The page's status line once the first results were there. */
  status?: string;
  /** Everything from the page load until the network was quiet after the results. */
  total: ByteCount;
  /** The search bundles (/pagefind/ and /pagefind-directory/) from the page load on. */
  search: ByteCount;
  /** Everything after the page had loaded and settled: what the query itself cost. */
  query: ByteCount;
  responses: RecordedResponse[];
}

export class MeasureUnavailable extends Error {
  override name = 'MeasureUnavailable';
}

interface Recorder {
  records: RecordedResponse[];
  /**
   * Waits until no request is in flight and none started for `quietMs`, or only for `readyQuietMs`
   * once `ready()` holds.
   */
  settle: (options?: { quietMs?: number; readyQuietMs?: number; ready?: () => boolean }) => Promise<void>;
  /** ms since the measure began. */
  now: () => number;
}

/** Records every finished or failed request of the context, Web Workers included. */
function recordContext(context: BrowserContext): Recorder {
  const origin = performance.now();
  const now = () => performance.now() - origin;
  const records: RecordedResponse[] = [];
  const startedAt = new Map<Request, number>();
  const ended = new WeakSet<Request>();
  /** Size look-ups still running for finished requests. */
  const pending = new Set<Promise<void>>();
  let lastActivity = now();

  const track = (work: Promise<void>) => {
    pending.add(work);
    void work.finally(() => {
      pending.delete(work);
      lastActivity = now();
    });
  };
  const pathOf = (request: Request) => new URL(request.url()).pathname;
  /** A request that ended without sizes: it shows in the report as a failed one, never lost. */
  const failedRecord = (request: Request, failure: string): RecordedResponse => ({
    path: pathOf(request),
    status: 0,
    resourceType: request.resourceType(),
    bodyBytes: 0,
    bodySource: 'none',
    headerBytes: 0,
    startedMs: startedAt.get(request) ?? now(),
    failure,
  });

  context.on('request', (request) => {
    startedAt.set(request, now());
    lastActivity = now();
  });
  context.on('requestfinished', (request) => {
    ended.add(request);
    track(
      (async () => {
        const response = await request.response();
        const sizes = await request.sizes();
        records.push({
          path: pathOf(request),
          status: response?.status() ?? 0,
          resourceType: request.resourceType(),
          ...transferredBodyBytes(sizes.responseBodySize, response ? await response.allHeaders() : {}),
          headerBytes: Math.max(0, sizes.responseHeadersSize),
          startedMs: startedAt.get(request) ?? now(),
        });
      })().catch((error: unknown) => {
        // Never lose a response silently: it shows in the report as a failed request.
        records.push(
          failedRecord(request, `no sizes: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`),
        );
      }),
    );
  });
  context.on('requestfailed', (request) => {
    ended.add(request);
    records.push(failedRecord(request, request.failure()?.errorText ?? 'failed'));
    lastActivity = now();
  });

  const inFlight = () => [...startedAt.keys()].filter((request) => !ended.has(request)).length;

  return {
    records,
    now,
    async settle({ quietMs = 500, readyQuietMs = quietMs, ready = () => false } = {}) {
      // A request that never ends (none of the site's should) only delays the measure.
      const deadline = now() + SETTLE_LIMIT_MS;
      while (now() < deadline) {
        const quiet = now() - lastActivity;
        if (inFlight() === 0 && pending.size === 0 && (quiet >= quietMs || (quiet >= readyQuietMs && ready()))) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
  };
}

/** Installed before the page's own scripts: when the query was typed and submitted, when results came. */
const TIMING_SCRIPT = `(() => {
  const timing = { inputAt: null, enterAt: null, submitAt: null, firstResultAt: null };
  Object.defineProperty(window, '__benchTiming', { value: timing });
  new MutationObserver(() => {
    if (timing.firstResultAt === null && document.querySelector(${JSON.stringify(RESULT)})) {
      timing.firstResultAt = performance.now();
    }
  }).observe(document, { childList: true, subtree: true });
  document.addEventListener('input', (event) => {
    if (timing.inputAt === null && event.target && event.target.id === ${JSON.stringify(INPUT.slice(1))}) {
      timing.inputAt = performance.now();
    }
  }, true);
  document.addEventListener('keydown', (event) => {
    if (timing.enterAt === null && event.key === 'Enter') timing.enterAt = performance.now();
  }, true);
  document.addEventListener('submit', () => {
    if (timing.submitAt === null) timing.submitAt = performance.now();
  }, true);
})();`;

interface PageTiming {
  inputAt: number | null;
  enterAt: number | null;
  submitAt: number | null;
  firstResultAt: number | null;
}

async function readTiming(page: Page): Promise<PageTiming> {
  return page.evaluate(() => (window as unknown as { __benchTiming: PageTiming }).__benchTiming);
}

async function openPage(context: BrowserContext, baseUrl: string, pagePath: string): Promise<Page> {
  const page = await context.newPage();
  const response = await page.goto(`${baseUrl}${pagePath}`, { waitUntil: 'load', timeout: TIMEOUT_MS });
  const status = response?.status() ?? 0;
  if (status !== 200) {
    throw new MeasureUnavailable(`${pagePath.split('?')[0]} answered ${status}: the site has no such page`);
  }
  return page;
}

/**
 * Waits for the first result. A new status line with a number in it and still no result means
 * the search is over and found nothing ("0 risultati…"): that fails at once, not at the timeout.
 */
async function waitForResults(page: Page, what: string, statusBefore = ''): Promise<void> {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const hasResult = () =>
    page
      .locator(RESULT)
      .count()
      .then((count) => count > 0);
  try {
    await page.waitForFunction(
      ({ result, status, before }) => {
        const line = document.querySelector(status)?.textContent?.trim() ?? '';
        return document.querySelector(result) !== null || (line !== before && /\d/.test(line));
      },
      { result: RESULT, status: STATUS, before: statusBefore },
      { timeout: TIMEOUT_MS, polling: 20 },
    );
    if (!(await hasResult())) await page.waitForSelector(RESULT, { state: 'attached', timeout: 2000 });
  } catch (error) {
    const status = await statusText(page).catch(() => undefined);
    const details = [status ? `status line: "${status}"` : '', ...errors].filter(Boolean).join('; ');
    throw new Error(`${what}: no result appeared${details ? ` (${details})` : ''}`, { cause: error });
  }
}

async function statusText(page: Page): Promise<string | undefined> {
  const text = await page.locator(STATUS).first().textContent();
  return text?.trim() || undefined;
}

function byteFigures(recorder: Recorder, queryFrom: number) {
  const responses = [...recorder.records].sort((a, b) => a.startedMs - b.startedMs);
  return {
    total: countBytes(responses),
    search: countBytes(responses, { under: SEARCH_BUNDLES }),
    query: countBytes(responses, { fromMs: queryFrom }),
    responses,
  };
}

/**
 * hub, relaxed and directory: load the search page, let it settle, type the words, press Enter.
 * relaxed is the hub's search for a phrase whose words no page holds together: the strict search,
 * then one search per word and related word, ranked, before the first result.
 */
async function typedQuery(
  context: BrowserContext,
  baseUrl: string,
  kind: 'hub' | 'relaxed' | 'directory',
  word: string,
): Promise<SearchSample> {
  const pagePath = kind === 'directory' ? DIRECTORY_SEARCH_PATH : HUB_SEARCH_PATH;
  const recorder = recordContext(context);
  const page = await openPage(context, baseUrl, pagePath);
  // A reader reads the page before typing: Pagefind has loaded by then. The hub's page pauses up
  // to 500 ms (asking the service worker for the build version) between loading pagefind.js and
  // starting its worker, so a quiet network alone is not enough: wait for the index metadata and
  // the wasm, or, for a page that loads Pagefind only on the first query, for a longer silence.
  const bundles = kind === 'directory' ? SEARCH_BUNDLES : [HUB_BUNDLE];
  await recorder.settle({
    quietMs: 1500,
    readyQuietMs: 500,
    ready: () => missingSearchCore(recorder.records, bundles).length === 0,
  });
  const queryFrom = recorder.now();
  const statusBefore = (await statusText(page)) ?? '';
  await page.fill(INPUT, word);
  await page.press(INPUT, 'Enter');
  await waitForResults(page, `${kind} search for "${word}"`, statusBefore);
  const timing = await readTiming(page);
  const results = await page.locator(RESULT).count();
  const status = await statusText(page);
  await recorder.settle();
  const { firstResultAt, inputAt } = timing;
  // A page without a form to submit searches on its own: then the Enter key (or the typing) starts the clock.
  const queryAt = timing.submitAt ?? timing.enterAt ?? inputAt;
  if (firstResultAt === null || queryAt === null) throw new Error(`${kind}: the page recorded no query or no result`);
  const bytes = byteFigures(recorder, queryFrom);
  const missing = missingSearchCore(bytes.responses, bundles);
  if (missing.length > 0) {
    throw new Error(
      `${kind}: no ${missing.join(' or ')} among the recorded responses: the Web Worker's requests were not counted`,
    );
  }
  return {
    kind,
    page: pagePath,
    word,
    ms: firstResultAt - queryAt,
    ...(inputAt === null ? {} : { sinceTypingMs: firstResultAt - inputAt }),
    results,
    ...(status === undefined ? {} : { status }),
    ...bytes,
  };
}

/** The directory search opened with words and filters in the URL, as from a shared link. */
async function filteredQuery(
  context: BrowserContext,
  baseUrl: string,
  word: string,
  filters: Readonly<Record<string, string>>,
): Promise<SearchSample> {
  const query = new URLSearchParams({ q: word, ...filters });
  const pagePath = `${DIRECTORY_SEARCH_PATH}?${query.toString()}`;
  const recorder = recordContext(context);
  const page = await openPage(context, baseUrl, pagePath);
  await waitForResults(page, `filtered directory search ${pagePath}`);
  const timing = await readTiming(page);
  const results = await page.locator(RESULT).count();
  const status = await statusText(page);
  await recorder.settle();
  if (timing.firstResultAt === null) throw new Error('filtered: the page recorded no result');
  return {
    kind: 'filtered',
    page: pagePath,
    word,
    ms: timing.firstResultAt,
    results,
    ...(status === undefined ? {} : { status }),
    // The page itself is the query here: its bytes all count.
    ...byteFigures(recorder, 0),
  };
}

/** On the hub search page, add the directory's index to the hub's Pagefind and search both. */
async function mergedQuery(context: BrowserContext, baseUrl: string, word: string): Promise<SearchSample> {
  const probe = await context.request.get(`${baseUrl}${DIRECTORY_BUNDLE}pagefind-entry.json`);
  if (!probe.ok()) {
    throw new MeasureUnavailable(
      `${DIRECTORY_BUNDLE}pagefind-entry.json answered ${probe.status()}: no directory index`,
    );
  }
  const recorder = recordContext(context);
  const page = await openPage(context, baseUrl, HUB_SEARCH_PATH);
  // As for the typed queries: the hub's Pagefind fully loaded before the merge.
  await recorder.settle({
    quietMs: 1500,
    readyQuietMs: 500,
    ready: () => missingSearchCore(recorder.records, [HUB_BUNDLE]).length === 0,
  });
  const queryFrom = recorder.now();
  const outcome = await page.evaluate(
    async ({ word, hub, directory, first }) => {
      const started = performance.now();
      const pagefind = (await import(`${hub}pagefind.js`)) as {
        mergeIndex: (path: string) => Promise<void>;
        search: (term: string) => Promise<{ results: { data: () => Promise<unknown> }[] }>;
      };
      await pagefind.mergeIndex(directory);
      const search = await pagefind.search(word);
      await Promise.all(search.results.slice(0, first).map((result) => result.data()));
      return { ms: performance.now() - started, found: search.results.length };
    },
    { word, hub: HUB_BUNDLE, directory: DIRECTORY_BUNDLE, first: MERGED_RESULTS },
  );
  await recorder.settle();
  const bytes = byteFigures(recorder, queryFrom);
  const missing = missingSearchCore(bytes.responses, [DIRECTORY_BUNDLE]);
  if (missing.includes('.pf_meta')) {
    throw new Error(`merged: no ${DIRECTORY_BUNDLE} .pf_meta among the recorded responses: was the index merged?`);
  }
  return { kind: 'merged', page: HUB_SEARCH_PATH, word, ms: outcome.ms, results: outcome.found, ...bytes };
}

export interface BrowserPlan {
  baseUrl: string;
  hubWord: string;
  relaxedPhrase: string;
  directoryWord: string;
  /** Filters of the filtered directory query, e.g. { region: 'lecco', sector: '28' }. */
  filters: Readonly<Record<string, string>>;
}

/** Runs one measure in a fresh context: no HTTP cache, no service worker (it would precache the site). */
export async function measure(browser: Browser, plan: BrowserPlan, kind: MeasureKind): Promise<SearchSample> {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
  try {
    await context.addInitScript({ content: TIMING_SCRIPT });
    switch (kind) {
      case 'hub':
        return await typedQuery(context, plan.baseUrl, 'hub', plan.hubWord);
      case 'relaxed':
        return await typedQuery(context, plan.baseUrl, 'relaxed', plan.relaxedPhrase);
      case 'directory':
        return await typedQuery(context, plan.baseUrl, 'directory', plan.directoryWord);
      case 'filtered':
        return await filteredQuery(context, plan.baseUrl, plan.directoryWord, plan.filters);
      case 'merged':
        return await mergedQuery(context, plan.baseUrl, plan.directoryWord);
    }
  } finally {
    await context.close();
  }
}
