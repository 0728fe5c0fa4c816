/**
 * The content-layer loader of the company directory: every *.csv of its folder and of the imported
 * registers' folder, read and checked
 * by read-csv.ts, one store entry per company. A build fails on the first look with the list of
 * every problem (file, line, column), like the content check.
 *
 * Rows are validated here, once, which is why the collection has no schema: parsing sixty
 * thousand entries a second time through Astro would cost seconds. And when neither the files
 * nor the curated profiles changed since the last build, nothing is parsed at all: the store
 * Astro keeps between builds already holds the entries.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { directoryFiles, formatProblem, readDirectory, type DirectoryProblem } from './read-csv.ts';
import { DEFAULT_DIRECTORY_FOLDER, directoryFolder, registersFolder } from './folder.ts';
import { sourceTerms } from './sources.ts';

export interface DirectoryLoaderOptions {
  /** Folder of the CSV files, from the project root; the PMI_DIRECTORY_DIR environment variable wins. */
  dir?: string;
  /** Folder of the curated profiles the `profile` column points at. */
  companiesDir?: string;
}

/** Change it when the rows' shape or rules change, so stored entries are parsed again. */
const FORMAT_VERSION = '2';
const META_KEY = 'files-digest';
const SHOWN_PROBLEMS = 30;

export class DirectoryError extends Error {
  readonly problems: readonly DirectoryProblem[];

  constructor(problems: readonly DirectoryProblem[]) {
    const shown = problems.slice(0, SHOWN_PROBLEMS).map((problem) => `  - ${formatProblem(problem)}`);
    if (problems.length > SHOWN_PROBLEMS) shown.push(`  … and ${problems.length - SHOWN_PROBLEMS} more`);
    super(
      `${problems.length} problem${problems.length === 1 ? '' : 's'} in the company directory:\n${shown.join('\n')}`,
    );
    this.problems = problems;
    this.name = 'DirectoryError';
  }
}

/** Ids of the curated profiles: the names of content/companies/*.yaml, drafts ("_…") left out. */
export function curatedProfileIds(companiesDir: string): string[] {
  if (!existsSync(companiesDir)) return [];
  return readdirSync(companiesDir)
    .filter((name) => name.endsWith('.yaml') && !name.startsWith('_') && !name.startsWith('.'))
    .map((name) => name.slice(0, -'.yaml'.length))
    .sort();
}

export function directoryLoader({
  dir = DEFAULT_DIRECTORY_FOLDER,
  companiesDir = 'content/companies',
}: DirectoryLoaderOptions = {}): Loader {
  return {
    name: 'pmi-hub:directory',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const folder = directoryFolder(root, dir);
      const folders = [folder, registersFolder(root)];
      const companies = path.resolve(root, companiesDir);
      const { watcher } = context;
      await sync(context, root, folders, companies, watcher !== undefined);
      if (!watcher) return;
      for (const watched of folders) watcher.add(watched);
      const onChange = async (changed: string) => {
        if (!folders.includes(path.dirname(changed)) || !changed.toLowerCase().endsWith('.csv')) return;
        context.logger.info(`Reloading the company directory: ${path.basename(changed)} changed`);
        await sync(context, root, folders, companies, true);
      };
      watcher.on('change', onChange);
      watcher.on('add', onChange);
      watcher.on('unlink', onChange);
    },
  };
}

/**
 * Loads the folder into the store, unless its digest says the store already holds it. In a build
 * problems stop it; while `astro dev` runs (`keepRunning`) they are logged and the previous
 * entries stay, as the content check only lists problems in dev: the editor is mid-change.
 */
async function sync(
  context: LoaderContext,
  root: string,
  folders: readonly string[],
  companiesDir: string,
  keepRunning: boolean,
) {
  const { store, meta, logger, generateDigest } = context;
  const started = performance.now();
  const files = directoryFiles(folders);
  if (files.length === 0) logger.warn(`No *.csv files in ${folders.join(' or ')}: the company directory is empty`);
  const profiles = curatedProfileIds(companiesDir);
  const sources = sourceTerms(root);

  // The files' bytes, not their dates: a fresh checkout in CI keeps the fast path. Hashed as
  // bytes with node:crypto, a few milliseconds for 60,000 rows, where decoding them to text first would cost more.
  const hash = createHash('sha256').update(`${FORMAT_VERSION}\n${profiles.join(',')}\n${JSON.stringify(sources)}\n`);
  for (const file of files) hash.update(`${path.relative(root, file)}\n`).update(await readFile(file));
  const digest = hash.digest('hex');
  if (meta.get(META_KEY) === digest && store.keys().length > 0) {
    logger.info(`Company directory unchanged: ${store.keys().length} companies kept from the last build`);
    return;
  }

  const result = await readDirectory(folders, { profiles, sources });
  if (result.problems.length > 0) {
    const error = new DirectoryError(result.problems);
    if (!keepRunning) throw error;
    logger.error(error.message);
    return;
  }
  const ids = new Set<string>();
  for (const company of result.companies) {
    ids.add(company.id);
    const data = company as unknown as Record<string, unknown>;
    store.set({ id: company.id, data, digest: generateDigest(data) });
  }
  for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
  meta.set(META_KEY, digest);
  logger.info(
    `Company directory: ${result.companies.length} companies from ${files.length} files in ${Math.round(performance.now() - started)} ms`,
  );
}
