/**
 * The company directory's rows, read from every *.csv of its folder and of the imported
 * registers' folder and checked by read-csv.ts. A build stops at the first page that needs them
 * with the list of every problem (file, line, column), like the content check.
 *
 * Read by the pages themselves, not through Astro's content layer: the layer would keep sixty
 * thousand entries in its store, write the store to disk and bundle it into the build as one
 * 22 MB string, and the rows would then be in memory twice. Read here, they are parsed once per
 * build (once per change of the files while `astro dev` runs).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { DirectoryCompany } from '#schemas/directory-model.ts';
import { directoryFiles, formatProblem, readDirectory, type DirectoryProblem } from './read-csv.ts';
import { directoryFolder, registersFolder } from './folder.ts';
import { sourceTerms } from './sources.ts';
import { cachedRows, type KeyedRows } from './rows-cache.ts';
import { SOURCES_FILE } from '#features/registers/index.ts';
import { cacheFolder } from '#features/build-cache/index.ts';

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

/** Names as Italians sort them: accents and case do not change the order; digits by value. */
const collator = new Intl.Collator('it', { numeric: true });

/** The row files of the folders and the sources file, which the rows are read and checked from. */
function rowFiles(root: string): string[] {
  const folders = [directoryFolder(root), registersFolder(root)];
  return [...directoryFiles(folders), path.resolve(root, process.env['PMI_SOURCES_FILE'] || SOURCES_FILE)];
}

export interface ReadRowsOptions {
  /** Where the rows of the last reading are kept (rows-cache.ts); without it, the files are always read. */
  cacheDir?: string | undefined;
}

/**
 * Every company of the folders, sorted by name, with the key of what they were read from (the
 * files' bytes, the profiles, the code, Node); a DirectoryError lists every problem.
 */
export async function readKeyedDirectoryRows(
  root = process.cwd(),
  { cacheDir }: ReadRowsOptions = {},
): Promise<KeyedRows> {
  const profiles = curatedProfileIds(path.join(root, 'content', 'companies'));
  return cachedRows(cacheDir, { root, files: rowFiles(root), profiles }, async () => {
    const folders = [directoryFolder(root), registersFolder(root)];
    const { companies, problems } = await readDirectory(folders, { profiles, sources: sourceTerms(root) });
    if (problems.length > 0) throw new DirectoryError(problems);
    return companies.sort((a, b) => collator.compare(a.name, b.name) || a.id.localeCompare(b.id));
  });
}

/** Every company of the folders, sorted by name; a DirectoryError lists every problem. */
export async function readDirectoryRows(
  root = process.cwd(),
  options: ReadRowsOptions = {},
): Promise<DirectoryCompany[]> {
  return (await readKeyedDirectoryRows(root, options)).rows;
}

/** What the rows are read from, as it stands: the files (size, time), the profiles, the sources. */
function filesState(root: string): string {
  const files = rowFiles(root);
  const stats = files.map((file) => {
    try {
      const stat = statSync(file);
      return `${file}:${stat.size}:${stat.mtimeMs}`;
    } catch {
      return `${file}:missing`;
    }
  });
  return [...stats, ...curatedProfileIds(path.join(root, 'content', 'companies'))].join('\n');
}

/** How long the files are taken as unchanged: thousands of pages ask within a second of a build. */
const RECHECK_MS = 1000;

let last: { root: string; state: string; checkedAt: number; rows: Promise<DirectoryCompany[]> } | undefined;

/**
 * Every company of the directory, sorted by name: read once, and again only when its files
 * change; kept in the project's cache folder for the index step (rows-cache.ts).
 */
export function getDirectory(root = process.cwd()): Promise<DirectoryCompany[]> {
  const now = performance.now();
  if (last?.root === root && now - last.checkedAt < RECHECK_MS) return last.rows;
  const state = filesState(root);
  if (last?.root !== root || last.state !== state)
    last = { root, state, checkedAt: now, rows: readDirectoryRows(root, { cacheDir: cacheFolder(process.env, root) }) };
  last.checkedAt = now;
  return last.rows;
}
