/**
 * Reads the finished site (after Pagefind) and decides what the service worker precaches and
 * what each "save for offline" section downloads, with sizes. Runs in Node at build time.
 */
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { readFileFacts } from './file-facts.ts';
import { locales, type Locale } from '#i18n/locales.ts';
import { directorySectionKey, offlineSections, sectionKey, sectionPrefix } from './sections.ts';

export const MANIFEST_FILE = 'offline-manifest.json';
export const WORKER_FILE = 'sw.js';

export interface SavedSectionPlan {
  locale: Locale;
  section: string;
  /** Pages, their search fragments and the language's search index. */
  urls: string[];
  bytes: number;
}

export interface OfflineManifest {
  version: string;
  /** Precached when the worker installs. */
  shell: string[];
  /** Everything search needs for one language, apart from the per-page fragments. */
  searchIndex: Record<Locale, string[]>;
  /** The same for the company directory's own index (one for both languages). */
  directoryIndex: Record<Locale, string[]>;
  sections: Record<string, SavedSectionPlan>;
}

/** Every file of the site as a URL path ("/it/about/index.html" → "/it/about/"). */
function listFiles(dir: string, base = ''): string[] {
  return readdirSync(path.join(dir, base), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(base, entry.name);
    return entry.isDirectory() ? listFiles(dir, relative) : [`/${relative}`];
  });
}

export function urlOfFile(file: string): string {
  return file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
}

const isFragment = (file: string) => /^\/pagefind(-directory)?\/fragment\//.test(file);

export interface OfflineManifestOptions {
  /** URL paths the manifest leaves out (the worker, the manifest itself): a folder ends with "/". */
  excluded?: readonly string[];
  /** Where the facts of the last build's files are kept (file-facts.ts); without it, every file is read. */
  cacheDir?: string | undefined;
  /**
   * The site's files as the caller has just listed them (paths inside it, with "/"), each with
   * its size, modification time (ns) and inode as `size:mtimeNs:ino`; without it, the site is listed here.
   */
  listing?: ReadonlyMap<string, string> | undefined;
}

export function buildOfflineManifest(
  siteDir: string,
  { excluded = [], cacheDir, listing }: OfflineManifestOptions = {},
): OfflineManifest {
  const left = (file: string) => excluded.some((out) => (out.endsWith('/') ? file.startsWith(out) : file === out));
  const stamps = listing && new Map([...listing].map(([file, stamp]) => [`/${file}`, stamp]));
  const files = (stamps ? [...stamps.keys()] : listFiles(siteDir)).filter((file) => !left(file)).sort();
  const facts = readFileFacts(siteDir, files, { cacheDir, isFragment, stamps });
  const size = (file: string) => facts.get(file)!.size;
  const hash = createHash('sha256');
  for (const file of files) hash.update(`${file}\0${facts.get(file)!.digest}\n`);
  const version = hash.digest('hex').slice(0, 16);

  const searchIndex = Object.fromEntries(
    locales.map((locale) => {
      const indexFile = new RegExp(`^/pagefind/(index|filter)/${locale}_[^/]+$`);
      const metaFile = new RegExp(`^/pagefind/pagefind\\.${locale}_[^/]+\\.pf_meta$`);
      const wasmFile = `/pagefind/wasm.${locale}.pagefind`;
      return [locale, files.filter((file) => indexFile.test(file) || metaFile.test(file) || file === wasmFile)];
    }),
  ) as Record<Locale, string[]>;

  const fragmentOf = new Map<string, string>();
  for (const file of files.filter((candidate) => candidate.startsWith('/pagefind/fragment/'))) {
    const url = facts.get(file)!.url;
    if (url) fragmentOf.set(url, file);
  }
  // The directory has one index for both languages, whose records carry the Italian pages'
  // addresses (…/it/directory/places/lecco/13/#lc-000123): grouped by page, language prefix dropped.
  const directoryFragmentsOf = new Map<string, string[]>();
  for (const file of files.filter((candidate) => candidate.startsWith('/pagefind-directory/fragment/'))) {
    const page = facts
      .get(file)!
      .url?.split('#')[0]
      ?.replace(/^\/[a-z]{2}\//, '/');
    if (!page) continue;
    const fragments = directoryFragmentsOf.get(page);
    if (fragments) fragments.push(file);
    else directoryFragmentsOf.set(page, [file]);
  }
  const directoryIndexFiles = files.filter(
    (file) =>
      /^\/pagefind-directory\/(index|filter)\/[^/]+$/.test(file) ||
      /^\/pagefind-directory\/pagefind\.[^/]+\.pf_meta$/.test(file) ||
      /^\/pagefind-directory\/wasm\.[^/]+\.pagefind$/.test(file) ||
      [
        '/pagefind-directory/pagefind.js',
        '/pagefind-directory/pagefind-worker.js',
        '/pagefind-directory/pagefind-entry.json',
        '/pagefind-directory/related-words.json',
      ].includes(file),
  );
  const directoryIndex = Object.fromEntries(locales.map((locale) => [locale, directoryIndexFiles])) as Record<
    Locale,
    string[]
  >;

  // The search engine, its related words, and the script that marks the words found on the page a result opens.
  const searchCore = [
    'pagefind.js',
    'pagefind-worker.js',
    'pagefind-entry.json',
    'pagefind-highlight.js',
    'related-words.json',
  ].map((name) => `/pagefind/${name}`);
  const shell = files.filter(
    (file) =>
      file.startsWith('/_astro/') ||
      file.startsWith('/icons/') ||
      /^\/manifest\.[a-z]+\.webmanifest$/.test(file) ||
      file === '/favicon.svg' ||
      searchCore.includes(file) ||
      /^\/[a-z]{2}\/offline\/index\.html$/.test(file),
  );

  // Sections look up their pages among these, not among every file of the site.
  const pageFiles = files.filter((file) => file.endsWith('/index.html'));
  const sections: Record<string, SavedSectionPlan> = {};
  for (const locale of locales) {
    for (const section of offlineSections) {
      const prefix = sectionPrefix(locale, section);
      const pages = pageFiles.filter((file) => file.startsWith(prefix));
      if (pages.length === 0) continue;
      const fragments = pages.map((file) => fragmentOf.get(urlOfFile(file))).filter((file): file is string => !!file);
      // The search page comes along, so a saved section can be searched without having visited it.
      const searchPage = files.filter((file) => file === `/${locale}/search/index.html`);
      const members = [...pages, ...searchPage, ...fragments, ...searchIndex[locale]];
      sections[sectionKey(locale, section)] = {
        locale,
        section,
        urls: members.map(urlOfFile),
        bytes: members.reduce((sum, file) => sum + size(file), 0),
      };
    }
  }
  for (const locale of locales) {
    // A division, or "not-stated" for rows whose register gives no sector.
    const sectorPage = new RegExp(`^/${locale}/directory/sectors/(\\d{2}|not-stated)/index\\.html$`);
    // The rows' pages of each division, with the further pages of a long group (…/lugano/not-stated/2/).
    const rowPage = new RegExp(`^/${locale}/directory/places/[a-z0-9-]+/(\\d{2}|not-stated)/(\\d+/)?index\\.html$`);
    const rowPagesOf = new Map<string, string[]>();
    for (const file of pageFiles) {
      const division = rowPage.exec(file)?.[1];
      if (!division) continue;
      const pages = rowPagesOf.get(division);
      if (pages) pages.push(file);
      else rowPagesOf.set(division, [file]);
    }
    const front = files.filter((candidate) =>
      [`/${locale}/directory/index.html`, `/${locale}/directory/search/index.html`].includes(candidate),
    );
    for (const file of pageFiles) {
      const division = sectorPage.exec(file)?.[1];
      if (!division) continue;
      const pages = [file, ...(rowPagesOf.get(division) ?? [])];
      const fragments = pages.flatMap(
        (page) => directoryFragmentsOf.get(urlOfFile(page).slice(locale.length + 1)) ?? [],
      );
      const members = [...pages, ...front, ...fragments, ...directoryIndex[locale]];
      const key = directorySectionKey(locale, division);
      sections[key] = {
        locale,
        section: key.split('/')[1]!,
        urls: members.map(urlOfFile),
        bytes: members.reduce((sum, member) => sum + size(member), 0),
      };
    }
  }
  return { version, shell: shell.map(urlOfFile), searchIndex, directoryIndex, sections };
}
