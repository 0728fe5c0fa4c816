/**
 * Sizes of a built site: every file's length in bytes (not the disk blocks it takes), counted
 * once, symbolic links not followed.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

export interface FolderSize {
  bytes: number;
  files: number;
}

export interface SiteSizes {
  total: FolderSize;
  html: FolderSize;
  /** Path relative to the site, with forward slashes. */
  largestHtml: { path: string; bytes: number } | undefined;
  /** HTML files over the 100 kB a page may weigh (tests/build/budgets.test.ts), the editorial report aside; the first few paths. */
  overBudget: { count: number; examples: string[] };
  /** The hub's Pagefind bundle, pagefind/; undefined when there is none. */
  hubIndex: FolderSize | undefined;
  /** The directory's Pagefind bundle, pagefind-directory/; undefined when there is none. */
  directoryIndex: FolderSize | undefined;
}

export const HUB_INDEX = 'pagefind';
/** What one HTML page may weigh, as in the build tests (the editors' report is exempt there too). */
export const PAGE_BUDGET_BYTES = 100 * 1024;
const EXEMPT_FROM_BUDGET = /^(?:it|en)\/editorial-report\/index\.html$/;
export const DIRECTORY_INDEX = 'pagefind-directory';

interface FileEntry {
  /** Relative to the measured folder, forward slashes. */
  path: string;
  bytes: number;
}

async function listFiles(root: string): Promise<FileEntry[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile());
  const result: FileEntry[] = [];
  // A few hundred stats at a time: fast, without opening tens of thousands of handles at once.
  for (let start = 0; start < files.length; start += 256) {
    const batch = files.slice(start, start + 256);
    const sizes = await Promise.all(batch.map((entry) => stat(path.join(entry.parentPath, entry.name))));
    batch.forEach((entry, index) => {
      const relative = path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
      result.push({ path: relative, bytes: sizes[index]!.size });
    });
  }
  return result;
}

function sum(files: readonly FileEntry[]): FolderSize {
  return { bytes: files.reduce((total, file) => total + file.bytes, 0), files: files.length };
}

/** The sizes of a site from the list of its files (the pure part of measureSite). */
export function sizesOf(files: readonly FileEntry[]): SiteSizes {
  const html = files.filter((file) => file.path.endsWith('.html'));
  const largest = html.reduce<FileEntry | undefined>(
    (best, file) => (best === undefined || file.bytes > best.bytes ? file : best),
    undefined,
  );
  const heavy = html
    .filter((file) => file.bytes > PAGE_BUDGET_BYTES && !EXEMPT_FROM_BUDGET.test(file.path))
    .sort((a, b) => b.bytes - a.bytes);
  const under = (folder: string) => files.filter((file) => file.path.startsWith(`${folder}/`));
  const hub = under(HUB_INDEX);
  const directory = under(DIRECTORY_INDEX);
  return {
    total: sum(files),
    html: sum(html),
    largestHtml: largest && { path: largest.path, bytes: largest.bytes },
    overBudget: { count: heavy.length, examples: heavy.slice(0, 3).map((file) => file.path) },
    hubIndex: hub.length > 0 ? sum(hub) : undefined,
    directoryIndex: directory.length > 0 ? sum(directory) : undefined,
  };
}

export async function measureSite(siteDir: string): Promise<SiteSizes> {
  return sizesOf(await listFiles(siteDir));
}

/** HTML files under a folder so far: the build's progress. 0 while the folder does not exist. */
export async function countHtmlFiles(siteDir: string): Promise<number> {
  try {
    const entries = await readdir(siteDir, { recursive: true });
    return entries.filter((entry) => entry.endsWith('.html')).length;
  } catch {
    return 0;
  }
}

/** Files under a folder so far (for the index step's progress). */
export async function countFiles(folder: string): Promise<number> {
  try {
    const entries = await readdir(folder, { recursive: true, withFileTypes: true });
    return entries.filter((entry) => entry.isFile()).length;
  } catch {
    return 0;
  }
}
