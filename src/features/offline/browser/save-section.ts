/**
 * "Save for offline" on a section's index page: shows the download size, saves the section's
 * pages and search files with progress, and removes them again. Refusals by the browser
 * (no space, storage turned off) are said in words.
 */
import type { OfflineManifest } from '../offline-manifest.ts';
import {
  fill,
  formatBytes,
  formatDateTime,
  offlineSupported,
  pagesCache,
  recordUrl,
  SAVED,
  SAVED_AT,
  searchCache,
  workerVersion,
  type SavedSectionRecord,
} from './caches.ts';

const locale = document.documentElement.lang || 'it';

async function stamped(response: Response): Promise<Response> {
  const headers = new Headers(response.headers);
  headers.set(SAVED_AT, new Date().toISOString());
  return new Response(await response.blob(), { status: response.status, headers });
}

/** Files of the two search indexes (the hub's and the directory's) go to the search cache. */
function isSearchFile(url: string): boolean {
  return /^\/pagefind(-directory)?\//.test(url);
}

function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'QuotaExceededError';
}

async function start(root: HTMLElement): Promise<void> {
  const text = root.dataset;
  const key = text['key']!;
  const status = root.querySelector<HTMLElement>('[data-save-status]')!;
  const progress = root.querySelector<HTMLProgressElement>('[data-save-progress]')!;
  const save = root.querySelector<HTMLButtonElement>('[data-save-button]')!;
  const remove = root.querySelector<HTMLButtonElement>('[data-remove-button]')!;
  root.hidden = false;

  if (!offlineSupported()) {
    status.textContent = text['unsupported'] ?? '';
    return;
  }
  let manifest: OfflineManifest;
  try {
    manifest = (await (await fetch('/offline-manifest.json')).json()) as OfflineManifest;
  } catch {
    root.hidden = true;
    return;
  }
  const plan = manifest.sections[key];
  if (!plan) {
    root.hidden = true;
    return;
  }
  const savedCache = await caches.open(SAVED);

  const showState = async () => {
    const record = await savedCache.match(recordUrl(key));
    progress.hidden = true;
    if (record) {
      const { savedAt } = (await record.json()) as SavedSectionRecord;
      status.textContent = fill(text['saved'] ?? '', { date: formatDateTime(new Date(savedAt), locale) });
      save.hidden = true;
      remove.hidden = false;
    } else {
      save.textContent = fill(text['button'] ?? '', { size: formatBytes(plan.bytes, locale) });
      save.hidden = false;
      remove.hidden = true;
    }
  };

  save.addEventListener('click', async () => {
    const version = await workerVersion();
    if (!version) {
      status.textContent = text['needsWorker'] ?? '';
      return;
    }
    if (version !== manifest.version) {
      status.textContent = text['update'] ?? '';
      return;
    }
    const estimate = await navigator.storage?.estimate?.().catch(() => undefined);
    if (estimate?.quota !== undefined && estimate.usage !== undefined && estimate.quota - estimate.usage < plan.bytes) {
      status.textContent = fill(text['noSpace'] ?? '', {
        size: formatBytes(plan.bytes, locale),
        free: formatBytes(estimate.quota - estimate.usage, locale),
      });
      return;
    }
    // Ask the browser not to evict what the reader saved on purpose; it may say no, saving still works.
    await navigator.storage?.persist?.().catch(() => false);
    save.disabled = true;
    progress.hidden = false;
    progress.max = plan.urls.length;
    const pages = await caches.open(pagesCache(version));
    const search = await caches.open(searchCache(version));
    try {
      for (const [index, url] of plan.urls.entries()) {
        progress.value = index;
        status.textContent = fill(text['saving'] ?? '', { done: index, total: plan.urls.length });
        const response = await fetch(url, { cache: 'no-store' });
        if (!response.ok) throw new Error(`${url}: ${response.status}`);
        await (isSearchFile(url) ? search : pages).put(url, await stamped(response));
      }
      const record: SavedSectionRecord = { key, savedAt: new Date().toISOString(), version, urls: plan.urls };
      await savedCache.put(recordUrl(key), new Response(JSON.stringify(record)));
      await showState();
    } catch (error) {
      progress.hidden = true;
      status.textContent = isQuotaError(error) ? (text['refused'] ?? '') : (text['failed'] ?? '');
    } finally {
      save.disabled = false;
    }
  });

  remove.addEventListener('click', async () => {
    const version = (await workerVersion()) ?? manifest.version;
    // Index files are shared by the saved sections of a language: kept while another one needs them.
    const shared = new Set([
      ...(manifest.searchIndex[plan.locale] ?? []),
      ...(manifest.directoryIndex[plan.locale] ?? []),
    ]);
    const others = (await savedCache.keys()).filter((request) => !request.url.endsWith(recordUrl(key)));
    const stillNeeded = others.some((request) => request.url.includes(`/__saved__/${plan.locale}/`));
    const pages = await caches.open(pagesCache(version));
    const search = await caches.open(searchCache(version));
    for (const url of plan.urls) {
      if (shared.has(url) && stillNeeded) continue;
      await (isSearchFile(url) ? search : pages).delete(url);
    }
    await savedCache.delete(recordUrl(key));
    await showState();
    status.textContent = text['removed'] ?? '';
    save.focus();
  });

  await showState();
}

for (const root of document.querySelectorAll<HTMLElement>('[data-save-offline]')) void start(root);
