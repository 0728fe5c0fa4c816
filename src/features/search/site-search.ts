/**
 * The search indexes of a built site: the hub's pages and the company directory, each its own
 * Pagefind bundle. Used by the Astro integration and by scripts/index-site.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { close, createIndex, type PagefindIndex } from 'pagefind';
import {
  byName,
  curatedProfileIds,
  directoryFolder,
  divisionLabel,
  formatProblem,
  readDirectory,
  searchGroups,
} from '#features/directory/index.ts';
import { locales, type Locale } from '#i18n';
import { searchBundles } from './bundles.ts';
import { directoryDocument } from './directory-documents.ts';

export { searchBundles };

/** Directory pages are found through the directory's own index; only its front page joins the hub's. */
const directoryPages = /^(it|en)\/directory\/.+\/index\.html$/;

function fail(step: string, errors: readonly string[]): never {
  throw new Error(`Pagefind could not ${step}:\n  ${errors.join('\n  ')}`);
}

function htmlFiles(dir: string, base = ''): string[] {
  return readdirSync(path.join(dir, base), { withFileTypes: true }).flatMap((entry) => {
    const relative = base === '' ? entry.name : `${base}/${entry.name}`;
    if (entry.isDirectory())
      return Object.values(searchBundles).includes(relative as never) ? [] : htmlFiles(dir, relative);
    return entry.name.endsWith('.html') ? [relative] : [];
  });
}

function urlOf(relative: string): string {
  return `/${relative}`.replace(/index\.html$/, '');
}

/** Adds records a batch at a time: the service answers in parallel, one by one it idles. */
async function addAll<Item>(items: readonly Item[], add: (item: Item) => Promise<{ errors: string[] }>) {
  const batch = 256;
  for (let start = 0; start < items.length; start += batch) {
    const results = await Promise.all(items.slice(start, start + batch).map(add));
    const errors = results.flatMap((result) => result.errors);
    if (errors.length > 0) fail('index a page', errors);
  }
}

async function writeIndex(index: PagefindIndex, outputPath: string) {
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) fail('write the index', written.errors);
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

export interface SearchIndexResult {
  hubPages: number;
  directoryCompanies: number;
  directoryRecords: number;
}

export async function buildSearchIndexes(
  siteDir: string,
  contentDir = path.resolve('content'),
): Promise<SearchIndexResult> {
  try {
    const hub = await newIndex();
    const pages = htmlFiles(siteDir).filter((file) => !directoryPages.test(file));
    await addAll(pages, (file) =>
      hub.addHTMLFile({ url: urlOf(file), content: readFileSync(path.join(siteDir, file), 'utf8') }),
    );
    await writeIndex(hub, path.join(siteDir, searchBundles.hub));
    await hub.deleteIndex();

    const { companies, problems } = await readDirectory(directoryFolder(), {
      profiles: curatedProfileIds(path.join(contentDir, 'companies')),
    });
    if (problems.length > 0)
      throw new Error(`The directory has errors:\n  ${problems.map(formatProblem).join('\n  ')}`);
    const groups = searchGroups([...companies].sort(byName));
    const directory = await newIndex();
    await addAll(groups, (group) => directory.addHTMLFile(directoryDocument(group, divisionNames)));
    await writeIndex(directory, path.join(siteDir, searchBundles.directory));
    return { hubPages: pages.length, directoryCompanies: companies.length, directoryRecords: groups.length };
  } finally {
    await close();
  }
}
