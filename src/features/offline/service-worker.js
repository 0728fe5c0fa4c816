/* The hub's service worker. The build replaces the line below with this build's data:
 * { version, shell: [urls to precache], searchIndex: { it: [...], en: [...] } }. */
const BUILD = self.__PMI_OFFLINE_BUILD__;

const VERSION = BUILD.version;
const SHELL = `pmi-${VERSION}-shell`;
const PAGES = `pmi-${VERSION}-pages`;
const SEARCH = `pmi-${VERSION}-search`;
/** Hashed build assets and images keep their names across versions, so they outlive updates. */
const ASSETS = 'pmi-assets';
const IMAGES = 'pmi-images';
/** Which sections the reader saved: one JSON entry per section, kept across versions. */
const SAVED = 'pmi-saved';
const MAX_IMAGES = 80;
const SAVED_AT = 'x-pmi-saved-at';

const languages = ['it', 'en'];
const languageOf = (url) => (languages.includes(url.pathname.split('/')[1]) ? url.pathname.split('/')[1] : 'it');
const offlinePage = (language) => `/${language}/offline/`;

/** A copy of a response stamped with the time it was stored, so pages can say when they were saved. */
async function stamped(response) {
  const headers = new Headers(response.headers);
  headers.set(SAVED_AT, new Date().toISOString());
  const body = await response.blob();
  return new Response(body, { status: response.status, statusText: response.statusText, headers });
}

async function put(cacheName, request, response) {
  const cache = await caches.open(cacheName);
  await cache.put(request, await stamped(response));
}

/** Files of the two search indexes: the hub's (/pagefind/) and the company directory's. */
const SEARCH_FILES = /^\/pagefind(-directory)?\//;

/** Pagefind asks for pagefind-entry.json?ts=<tag>, the search for related-words.json?ts=<tag>: one copy per build. */
function searchKey(url) {
  return /\/(pagefind-entry|related-words)\.json$/.test(url.pathname) ? url.pathname : url.pathname + url.search;
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const shell = await caches.open(SHELL);
      await shell.addAll(BUILD.shell);
      const search = await caches.open(SEARCH);
      // The search core of both languages: small, and search must work on every saved page
      // (with the script that marks the words found on the page a result opens).
      const core = [
        'pagefind.js',
        'pagefind-worker.js',
        'pagefind-entry.json',
        'pagefind-highlight.js',
        'related-words.json',
      ];
      for (const file of core.map((name) => `/pagefind/${name}`)) {
        const copy = await shell.match(file);
        if (copy) await search.put(file, copy);
      }
      // A new version waits until the page says the reader agreed to reload (or no page is open).
    })(),
  );
});

/** Brings the sections the reader saved under an older version up to date with this one. */
async function refreshSavedSections() {
  const saved = await caches.open(SAVED);
  for (const request of await saved.keys()) {
    const record = await (await saved.match(request)).json();
    try {
      const manifest = await (await fetch('/offline-manifest.json', { cache: 'no-store' })).json();
      const plan = manifest.sections[record.key];
      if (!plan) continue;
      await saveUrls(plan.urls);
      await saved.put(
        request,
        new Response(JSON.stringify({ ...record, version: VERSION, savedAt: new Date().toISOString() })),
      );
    } catch {
      // Offline during the update: the section is saved again the next time the reader is online.
    }
  }
}

async function saveUrls(urls) {
  for (const url of urls) {
    const response = await fetch(url, { cache: 'no-store' });
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    await put(SEARCH_FILES.test(url) ? SEARCH : PAGES, url, response);
  }
}

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const keep = new Set([SHELL, PAGES, SEARCH, ASSETS, IMAGES, SAVED]);
      const old = (await caches.keys()).filter((name) => name.startsWith('pmi-') && !keep.has(name));
      // Pages and search data of an older build must not mix with this one.
      await Promise.all(old.map((name) => caches.delete(name)));
      await self.clients.claim();
      await refreshSavedSections();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') self.skipWaiting();
  if (event.data?.type === 'GET_VERSION') event.source?.postMessage({ type: 'VERSION', version: VERSION });
});

async function trimImages() {
  const cache = await caches.open(IMAGES);
  const keys = await cache.keys();
  await Promise.all(keys.slice(0, Math.max(0, keys.length - MAX_IMAGES)).map((key) => cache.delete(key)));
}

/** Pages: the saved copy at once, refreshed in the background; the offline page when there is none. */
async function handlePage(event, url) {
  const key = url.pathname;
  const cached = (await caches.match(key, { cacheName: PAGES })) ?? (await caches.match(key, { cacheName: SHELL }));
  const network = fetch(event.request)
    .then(async (response) => {
      if (response.ok && response.type === 'basic') await put(PAGES, key, response.clone());
      return response;
    })
    .catch(() => undefined);
  if (cached) {
    event.waitUntil(network);
    return cached;
  }
  const fresh = await network;
  if (fresh) return fresh;
  return (await caches.match(offlinePage(languageOf(url)), { cacheName: SHELL })) ?? Response.error();
}

/**
 * An image never saved, asked for offline (a card further down a saved page): a plain grey
 * rectangle instead of a broken-image icon.
 */
function imageNotSaved() {
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 9" preserveAspectRatio="none"><rect width="16" height="9" fill="#e4e7eb"/></svg>';
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
}

async function cacheFirst(request, cacheName, key = request) {
  const cached = await caches.match(key, { cacheName });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await put(cacheName, key, response.clone());
  return response;
}

async function networkFirst(request) {
  try {
    return await fetch(request);
  } catch {
    return (await caches.match(request, { ignoreSearch: true })) ?? Response.error();
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;

  if (request.mode === 'navigate') {
    event.respondWith(handlePage(event, url));
  } else if (SEARCH_FILES.test(url.pathname)) {
    event.respondWith(cacheFirst(request, SEARCH, searchKey(url)));
  } else if (url.pathname.startsWith('/_astro/') && request.destination !== 'image') {
    event.respondWith(
      caches.match(url.pathname, { cacheName: SHELL }).then((hit) => hit ?? cacheFirst(request, ASSETS, url.pathname)),
    );
  } else if (request.destination === 'image') {
    event.respondWith(
      cacheFirst(request, IMAGES, url.pathname).then(
        (response) => {
          event.waitUntil(trimImages());
          return response;
        },
        () => imageNotSaved(),
      ),
    );
  } else {
    event.respondWith(networkFirst(request));
  }
});
