/**
 * The search indexes of a built site: the hub's pages and the company directory, each its own
 * Pagefind bundle. Used by the Astro integration and by scripts/index-site.ts.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { close, createIndex, type PagefindIndex } from 'pagefind';
import { ADMIN_PATH } from '#features/security/index.ts';
import { byName, divisionLabel, readKeyedDirectoryRows, searchGroups } from '#features/directory/index.ts';
import { locales, type Locale } from '#i18n';
import type { DirectoryCompany } from '#schemas/directory-model.ts';
import { filesDigest, restoreFolder, storeFolder, writeFolder, type FolderFile } from '#features/build-cache/index.ts';
import { searchBundles } from './bundles.ts';
import { directoryDocument } from './directory-documents.ts';
import { pageWords, RELATED_WORDS_FILE, searchableWords, type RelatedWords } from './related-words.ts';
import { readSynonyms } from './synonyms.ts';

export { searchBundles };

/**
 * Directory pages are found through the directory's own index; only its front page joins the
 * hub's. Their thousands of folders are not even listed: most of the site's files are there.
 */
const directoryFolders = /^(it|en)\/directory$/;

function htmlFiles(dir: string, base = ''): string[] {
  return readdirSync(path.join(dir, base), { withFileTypes: true }).flatMap((entry) => {
    const relative = base === '' ? entry.name : `${base}/${entry.name}`;
    if (entry.isDirectory()) {
      // The search bundles, the editors' CMS (not content) and the directory's pages.
      const skipped =
        Object.values(searchBundles).includes(relative as never) ||
        `/${relative}/` === ADMIN_PATH ||
        directoryFolders.test(base);
      return skipped ? [] : htmlFiles(dir, relative);
    }
    return entry.name.endsWith('.html') ? [relative] : [];
  });
}

function fail(step: string, errors: readonly string[]): never {
  throw new Error(`Pagefind could not ${step}:\n  ${errors.join('\n  ')}`);
}

function urlOf(relative: string): string {
  return `/${relative}`.replace(/index\.html$/, '');
}

/** Records sent between two turns of the event loop, when Node writes what it sent to the service. */
const SLICE = 64;

interface HubPage {
  url: string;
  content: string;
}

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

/**
 * The hub's pages, read a slice at a time: they are read while the service indexes the
 * directory, which it can do only while Node's turns let the pipe to it be written.
 */
async function hubPages(siteDir: string): Promise<HubPage[]> {
  const files = htmlFiles(siteDir);
  const pages: HubPage[] = [];
  for (let start = 0; start < files.length; start += SLICE) {
    for (const file of files.slice(start, start + SLICE))
      pages.push({ url: urlOf(file), content: readFileSync(path.join(siteDir, file), 'utf8') });
    await nextTurn();
  }
  return pages;
}

/**
 * Sends the records to Pagefind, running `meanwhile` on each once it is sent. The service indexes
 * one message at a time on its own core and gets what Node sent only between two of Node's
 * turns: a turn every SLICE records keeps it fed while Node makes the next records.
 */
async function addAll<Item>(
  items: Iterable<Item>,
  add: (item: Item) => Promise<{ errors: string[] }>,
  meanwhile: (item: Item) => void,
) {
  const results: Promise<{ errors: string[] }>[] = [];
  for (const item of items) {
    const result = add(item);
    // Awaited below with the others; handled now, so a failure met earlier is not "unhandled".
    result.catch(() => undefined);
    results.push(result);
    meanwhile(item);
    if (results.length % SLICE === 0) await nextTurn();
  }
  const errors = (await Promise.all(results)).flatMap((result) => result.errors);
  if (errors.length > 0) fail('index a page', errors);
}

/** The bundle's files, in memory: written by writeFolder, which leaves the unchanged ones alone. */
async function indexFiles(index: PagefindIndex): Promise<FolderFile[]> {
  const { files, errors } = await index.getFiles();
  if (errors.length > 0) fail('write the index', errors);
  return files;
}

async function newIndex(): Promise<PagefindIndex> {
  const { index, errors } = await createIndex({});
  if (!index) fail('start', errors);
  return index;
}

/** A division's name in every language, for the records of the one directory index. */
function divisionNames(division: string): Record<Locale, string> {
  return Object.fromEntries(locales.map((locale) => [locale, divisionLabel(division, locale)])) as Record<
    Locale,
    string
  >;
}

/** A bundle's related-words.json, from the words of each language's pages. */
function relatedWordsFile(groups: RelatedWords['groups'], words: Record<Locale, Set<string>>): FolderFile {
  const related: RelatedWords = {
    groups,
    searchable: Object.fromEntries(
      locales.map((locale) => [locale, searchableWords(groups, words[locale])]),
    ) as RelatedWords['searchable'],
  };
  return { path: RELATED_WORDS_FILE, content: Buffer.from(JSON.stringify(related)) };
}

function languageOf(html: string): Locale {
  const lang = /<html[^>]*\slang="([a-z]{2})/.exec(html)?.[1];
  return locales.find((locale) => locale === lang) ?? locales[0];
}

export interface SearchIndexResult {
  hubPages: number;
  directoryCompanies: number;
  directoryRecords: number;
  /** The bundles copied from the last build, whose inputs were the same. */
  reused: string[];
  /** The bundles built again, with how long that took and how many of their files changed. */
  rebuilt: RebuiltBundle[];
}

export interface RebuiltBundle {
  name: string;
  ms: number;
  /** Files written (new or changed), of the bundle's `files`. */
  written: number;
  files: number;
}

/** The line a build prints about its search indexes. */
export function searchIndexSummary(result: SearchIndexResult): string {
  const reused = result.reused.length > 0 ? ` (unchanged, reused: ${result.reused.join(', ')})` : '';
  const rebuilt =
    result.rebuilt.length > 0
      ? ` (rebuilt: ${result.rebuilt
          .map(
            ({ name, ms, written, files }) =>
              `${name} in ${(ms / 1000).toFixed(2)} s, ${written} of ${files} files written`,
          )
          .join('; ')})`
      : '';
  return (
    `Search index: ${result.hubPages} hub pages; directory: ${result.directoryRecords} records ` +
    `of ${result.directoryCompanies} companies${reused}${rebuilt}`
  );
}

export interface SearchIndexOptions {
  contentDir?: string;
  /** Where the bundles of the last build are kept with the key of their inputs; without it, always built. */
  cacheDir?: string | undefined;
}

/**
 * What makes a bundle besides its inputs: the installed packages (Pagefind's version among them)
 * and the site's code, which turns the directory's rows into records (this feature, the
 * directory's groups and names, the routes, the schemas) and pages into words. Part of each
 * bundle's key.
 */
function indexerDigest(): string {
  const code = (file: string) => file.endsWith('.ts') && !file.endsWith('.test.ts');
  const lockfile = path.resolve('package-lock.json');
  return createHash('sha256')
    .update(existsSync(lockfile) ? readFileSync(lockfile) : 'no lockfile')
    .update(filesDigest(path.resolve('src'), code))
    .digest('hex');
}

interface BundleContext {
  siteDir: string;
  cacheDir: string | undefined;
  /** indexerDigest(): the code and packages that make a bundle. */
  digest: string;
  synonyms: unknown;
  /** The bundles copied from the last build, filled in as they are. */
  reused: string[];
  /** The bundles built again, filled in as they are. */
  rebuilt: RebuiltBundle[];
}

/**
 * Builds `name` in the site with `build`, unless the cache holds one made from the same inputs
 * (the hub's pages or the key of the directory's rows, the synonyms, the digest): then that one
 * is put back. Pagefind cannot update a bundle, so a changed input rebuilds it whole; only its
 * changed files are written.
 */
async function cachedBundle(
  { siteDir, cacheDir, digest, synonyms, reused, rebuilt }: BundleContext,
  name: string,
  inputs: unknown,
  build: () => Promise<FolderFile[]>,
  /** Settled before building: the service indexes one bundle at a time, and its time is its own. */
  after?: Promise<unknown>,
): Promise<void> {
  const target = path.join(siteDir, name);
  const key = createHash('sha256')
    .update(digest)
    .update(JSON.stringify([synonyms, inputs]))
    .digest('hex');
  if (cacheDir && restoreFolder(cacheDir, name, key, target)) {
    reused.push(name);
    return;
  }
  await after;
  const started = performance.now();
  const files = await build();
  const { written } = writeFolder(target, files);
  if (cacheDir) storeFolder(cacheDir, name, key, target);
  rebuilt.push({ name, ms: performance.now() - started, written, files: files.length });
}

/** The hub's bundle: one index per language, from each page's <html lang>. */
async function hubBundle(pages: readonly HubPage[], synonyms: RelatedWords['groups']): Promise<FolderFile[]> {
  const hub = await newIndex();
  const hubWords = Object.fromEntries(locales.map((locale) => [locale, new Set<string>()])) as Record<
    Locale,
    Set<string>
  >;
  await addAll(
    pages,
    (page) => hub.addHTMLFile(page),
    (page) => {
      const words = hubWords[languageOf(page.content)];
      for (const word of pageWords(page.content)) words.add(word);
    },
  );
  const files = await indexFiles(hub);
  await hub.deleteIndex();
  return [...files, relatedWordsFile(synonyms, hubWords)];
}

/** The directory's bundle: one index for both languages, its records made as they are sent. */
async function directoryBundle(
  companies: readonly DirectoryCompany[],
  synonyms: RelatedWords['groups'],
): Promise<FolderFile[]> {
  const directory = await newIndex();
  const groups = searchGroups([...companies].sort(byName));
  // One index holds both languages' words: every language searches the same vocabulary.
  const directoryWords = new Set<string>();
  await addAll(
    (function* documents() {
      for (const group of groups) yield directoryDocument(group, divisionNames);
    })(),
    (document) => directory.addHTMLFile(document),
    (document) => {
      for (const word of pageWords(document.content)) directoryWords.add(word);
    },
  );
  const files = await indexFiles(directory);
  await directory.deleteIndex();
  return [
    ...files,
    relatedWordsFile(
      synonyms,
      Object.fromEntries(locales.map((locale) => [locale, directoryWords])) as Record<Locale, Set<string>>,
    ),
  ];
}

/** How many records a bundle holds, from its pagefind-entry.json (built or reused alike). */
function recordsOf(bundleDir: string): number {
  const entry = JSON.parse(readFileSync(path.join(bundleDir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

export async function buildSearchIndexes(
  siteDir: string,
  { contentDir = path.resolve('content'), cacheDir }: SearchIndexOptions = {},
): Promise<SearchIndexResult> {
  try {
    const reused: string[] = [];
    const rebuilt: RebuiltBundle[] = [];
    const synonyms = readSynonyms(contentDir).map(({ it, en }) => ({ it, en }));
    const digest = indexerDigest();
    const bundle = { siteDir, cacheDir, digest, synonyms, reused, rebuilt };
    // The rows the build has just read, from the cache folder (the directory's rows-cache.ts).
    const { rows: companies, key: rowsKey } = await readKeyedDirectoryRows(path.dirname(contentDir), { cacheDir });
    // The directory's bundle first, the longest: the service indexes it on its own core while
    // Node reads the hub's pages to tell whether their bundle must be built too. Its key is
    // that of the rows (their files' bytes; the code is in the digest), so its records are made
    // only when it is built, while they are sent.
    const directoryBuilt = cachedBundle(bundle, searchBundles.directory, rowsKey, () =>
      directoryBundle(companies, synonyms),
    );
    // Awaited below; handled now, so a failure met while the hub's pages are read is not "unhandled".
    directoryBuilt.catch(() => undefined);
    const pages = await hubPages(siteDir);
    await cachedBundle(bundle, searchBundles.hub, pages, () => hubBundle(pages, synonyms), directoryBuilt);
    await directoryBuilt;
    return {
      hubPages: pages.length,
      directoryCompanies: companies.length,
      directoryRecords: recordsOf(path.join(siteDir, searchBundles.directory)),
      reused,
      rebuilt,
    };
  } finally {
    await close();
  }
}
