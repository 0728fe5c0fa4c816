/**
 * Folders a build can reuse from the previous one (the search indexes): each is kept under the
 * cache folder with the key of the inputs it was made from, and is restored only when this
 * build's key is the same. A folder is stored under a temporary name and renamed into place with
 * its key, so an interrupted build leaves no folder that looks complete.
 */
import {
  copyFileSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';

/** Where the site is built: PMI_OUT_DIR (the benchmark's own folders), or dist/. */
export function siteFolder(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env['PMI_OUT_DIR'] || 'dist');
}

/** Where Astro and these steps keep what a build may reuse: PMI_CACHE_DIR, or node_modules/.astro. */
export function cacheFolder(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env['PMI_CACHE_DIR'] || path.join('node_modules', '.astro'));
}

/**
 * Puts the files of `source` under `target` as hard links (a copy where links cannot be made, e.g.
 * across file systems): the directory's bundle is thousands of small files, and linking them
 * takes a fraction of copying. Safe because nothing writes into a bundle once it is written:
 * a bundle whose inputs changed is deleted (unlinking, which leaves the kept files as they are)
 * and written as new files.
 */
function linkTree(source: string, target: string): void {
  mkdirSync(target, { recursive: true });
  for (const entry of readdirSync(source, { withFileTypes: true })) {
    const from = path.join(source, entry.name);
    const to = path.join(target, entry.name);
    if (entry.isDirectory()) {
      linkTree(from, to);
      continue;
    }
    try {
      linkSync(from, to);
    } catch {
      copyFileSync(from, to);
    }
  }
}

/**
 * True when `target` holds exactly the files of `source` as links to them: the site folder kept
 * from the last build (site-folder.ts) still has the bundle this build would restore.
 */
function linkedTree(source: string, target: string): boolean {
  let sourceEntries;
  let targetNames: string[];
  try {
    sourceEntries = readdirSync(source, { withFileTypes: true });
    targetNames = readdirSync(target);
  } catch {
    return false;
  }
  if (targetNames.length !== sourceEntries.length) return false;
  return sourceEntries.every((entry) => {
    const from = path.join(source, entry.name);
    const to = path.join(target, entry.name);
    if (entry.isDirectory()) return linkedTree(from, to);
    try {
      return lstatSync(to).ino === lstatSync(from).ino;
    } catch {
      return false;
    }
  });
}

const KEY_FILE = 'key';
const FILES = 'files';

function entryOf(cacheDir: string, name: string): string {
  return path.join(cacheDir, 'reused-folders', name);
}

/** Copies the kept folder `name` to `target` if it was stored under `key`; false when it was not. */
export function restoreFolder(cacheDir: string, name: string, key: string, target: string): boolean {
  const entry = entryOf(cacheDir, name);
  let storedKey: string;
  try {
    storedKey = readFileSync(path.join(entry, KEY_FILE), 'utf8');
  } catch {
    return false;
  }
  if (storedKey !== key || !existsSync(path.join(entry, FILES))) return false;
  if (linkedTree(path.join(entry, FILES), target)) return true;
  rmSync(target, { recursive: true, force: true });
  linkTree(path.join(entry, FILES), target);
  return true;
}

/** Keeps a copy of `source` as the folder `name` made from the inputs of `key`, replacing the one before. */
export function storeFolder(cacheDir: string, name: string, key: string, source: string): void {
  const entry = entryOf(cacheDir, name);
  const staging = `${entry}.partial-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  linkTree(source, path.join(staging, FILES));
  writeFileSync(path.join(staging, KEY_FILE), key);
  rmSync(entry, { recursive: true, force: true });
  renameSync(staging, entry);
}
