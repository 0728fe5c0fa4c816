/**
 * The page's side of the offline caches. Names and the "saved at" stamp must match
 * src/features/offline/service-worker.js.
 */
export const SAVED = 'pmi-saved';
export const SAVED_AT = 'x-pmi-saved-at';
export const pagesCache = (version: string) => `pmi-${version}-pages`;
export const searchCache = (version: string) => `pmi-${version}-search`;

export interface SavedSectionRecord {
  key: string;
  savedAt: string;
  version: string;
  urls: string[];
}

export function offlineSupported(): boolean {
  return 'serviceWorker' in navigator && 'caches' in window;
}

/** The version of the active service worker, or undefined when there is none yet. */
export async function workerVersion(timeoutMs = 3000): Promise<string | undefined> {
  if (!('serviceWorker' in navigator)) return undefined;
  const registration = await Promise.race([
    navigator.serviceWorker.ready,
    new Promise<undefined>((resolve) => window.setTimeout(() => resolve(undefined), timeoutMs)),
  ]);
  const worker = registration?.active;
  if (!worker) return undefined;
  return new Promise((resolve) => {
    const timer = window.setTimeout(() => resolve(undefined), timeoutMs);
    const onMessage = (event: MessageEvent) => {
      if (event.data?.type !== 'VERSION') return;
      window.clearTimeout(timer);
      navigator.serviceWorker.removeEventListener('message', onMessage);
      resolve(String(event.data.version));
    };
    navigator.serviceWorker.addEventListener('message', onMessage);
    worker.postMessage({ type: 'GET_VERSION' });
  });
}

/** When the copy of `path` in the offline caches was stored, if there is one. */
export async function savedAt(path: string): Promise<Date | undefined> {
  const response = await caches.match(path);
  const stamp = response?.headers.get(SAVED_AT);
  return stamp ? new Date(stamp) : undefined;
}

export async function savedSections(): Promise<SavedSectionRecord[]> {
  const cache = await caches.open(SAVED);
  const records = await Promise.all((await cache.keys()).map(async (request) => (await cache.match(request))!.json()));
  return records as SavedSectionRecord[];
}

export const recordUrl = (key: string) => `/__saved__/${key}`;

/** Fills {name} placeholders of an interface text. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}

export function formatBytes(bytes: number, locale: string): string {
  const units = ['B', 'kB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: value < 10 && unit > 0 ? 1 : 0 }).format(value)} ${units[unit]}`;
}

export function formatDateTime(date: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(date);
}
