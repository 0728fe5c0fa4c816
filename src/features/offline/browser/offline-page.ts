/** The offline page: what this browser has saved in this language, with links. */
import { element } from '#ui/element.ts';
import { fill, formatDateTime, offlineSupported, pagesCache, savedSections, workerVersion } from './caches.ts';

async function fillOfflinePage(root: HTMLElement): Promise<void> {
  const text = root.dataset;
  const locale = document.documentElement.lang || 'it';
  const sectionList = root.querySelector<HTMLElement>('[data-saved-sections]')!;
  const pageList = root.querySelector<HTMLElement>('[data-visited-pages]')!;
  if (!offlineSupported()) {
    sectionList.replaceChildren(element('li', {}, text['unsupported'] ?? ''));
    pageList.replaceChildren();
    return;
  }
  const names = JSON.parse(text['sections'] ?? '{}') as Record<string, { name: string; href: string }>;
  const saved = (await savedSections()).filter((record) => record.key.startsWith(`${locale}/`));
  sectionList.replaceChildren(
    ...(saved.length === 0
      ? [element('li', {}, text['noSections'] ?? '')]
      : saved.map((record) => {
          const section = names[record.key.split('/')[1] ?? ''];
          return element(
            'li',
            {},
            element('a', { href: section?.href ?? `/${locale}/` }, section?.name ?? record.key),
            element(
              'span',
              { class: 'when' },
              fill(text['savedText'] ?? '', { date: formatDateTime(new Date(record.savedAt), locale) }),
            ),
          );
        })),
  );

  const version = await workerVersion();
  const cache = version ? await caches.open(pagesCache(version)) : undefined;
  const requests = cache ? await cache.keys() : [];
  const pages = await Promise.all(
    requests
      .map((request) => new URL(request.url))
      .filter(
        (url) =>
          url.pathname.startsWith(`/${locale}/`) && url.pathname.endsWith('/') && !url.pathname.endsWith('/offline/'),
      )
      .map(async (url) => {
        const html = await (await cache!.match(url.pathname))!.text();
        const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? url.pathname;
        const decoded = new DOMParser().parseFromString(title, 'text/html').documentElement.textContent ?? title;
        return { href: url.pathname, title: decoded };
      }),
  );
  pages.sort((a, b) => a.title.localeCompare(b.title, locale));
  pageList.replaceChildren(
    ...(pages.length === 0
      ? [element('li', {}, text['noPages'] ?? '')]
      : pages.map((page) => element('li', {}, element('a', { href: page.href }, page.title)))),
  );
}

/** Fills the offline page's lists, if this page is the offline page. */
export function startOfflinePage(): void {
  const root = document.querySelector<HTMLElement>('[data-offline-page]');
  if (root) void fillOfflinePage(root);
}
