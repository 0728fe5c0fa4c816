/**
 * Folders a build can reuse from the previous one (the search indexes): each is kept under the
 * cache folder with the key of the inputs it was made from, and is restored only when this
 * build's key is the same. An entry loses its key while its files change and gets the new one
 * last, so an interrupted build leaves no entry that looks complete.
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

/**
 * Where Astro and these steps keep what a build may reuse: PMI_CACHE_DIR, or node_modules/.astro,
 * of the project in `root`.
 */
export function cacheFolder(env: NodeJS.ProcessEnv = process.env, root = process.cwd()): string {
  return path.resolve(root, env['PMI_CACHE_DIR'] || path.join('node_modules', '.astro'));
}

/**
 * Makes `target` hold exactly the files of `source`, as hard links to them (copies where links
 * cannot be made, e.g. across file systems), touching only what differs: a file already linked
 * is left, any other is replaced, and what `source` does not have is removed. The directory's
 * bundle is thousands of small files, and after one changed record only a few dozen differ.
 * Safe because nothing writes into a bundle's file once it is written (see writeFolder).
 */
function mirrorLinks(source: string, target: string): void {
  mkdirSync(target, { recursive: true });
  const names = new Set<string>();
  for (const entry of readdirSync(source, { withFileTypes: true })) {
    names.add(entry.name);
    const from = path.join(source, entry.name);
    const to = path.join(target, entry.name);
    const existing = statOrUndefined(to);
    if (entry.isDirectory()) {
      if (existing && !existing.isDirectory()) rmSync(to, { force: true });
      mirrorLinks(from, to);
      continue;
    }
    if (existing?.isFile() && existing.ino === lstatSync(from).ino) continue;
    if (existing) rmSync(to, { recursive: true, force: true });
    try {
      linkSync(from, to);
    } catch {
      copyFileSync(from, to);
    }
  }
  for (const name of readdirSync(target))
    if (!names.has(name)) rmSync(path.join(target, name), { recursive: true, force: true });
}

function statOrUndefined(file: string) {
  try {
    return lstatSync(file);
  } catch {
    return undefined;
  }
}

/** A file of a folder written whole, by its path inside the folder ("fragment/it_0a1b2c3.pf_fragment"). */
export interface FolderFile {
  path: string;
  content: Uint8Array;
}

export interface FolderWrite {
  written: number;
  kept: number;
  removed: number;
}

/** Deletes the files under `dir` whose relative path `wanted` lacks, then the folders left empty. */
function removeOthers(dir: string, wanted: ReadonlySet<string>, base = ''): number {
  let removed = 0;
  for (const entry of readdirSync(path.join(dir, base), { withFileTypes: true })) {
    const relative = base === '' ? entry.name : `${base}/${entry.name}`;
    const full = path.join(dir, relative);
    if (entry.isDirectory()) {
      removed += removeOthers(dir, wanted, relative);
      if (readdirSync(full).length === 0) rmSync(full, { recursive: true });
    } else if (!wanted.has(relative)) {
      rmSync(full, { force: true });
      removed += 1;
    }
  }
  return removed;
}

/**
 * Makes `target` hold exactly `files`, writing only those that are new or whose bytes changed.
 * A changed file is replaced by a new one, never written into: the files of a kept site folder
 * are links to the cache's copy (mirrorLinks), which must stay as it was stored. Pagefind names
 * most of a bundle's files by their content, so a rebuilt bundle writes only what changed.
 */
export function writeFolder(target: string, files: readonly FolderFile[]): FolderWrite {
  const wanted = new Set<string>();
  let written = 0;
  let kept = 0;
  for (const file of files) {
    const relative = path.posix.normalize(file.path);
    if (relative.startsWith('../') || path.posix.isAbsolute(relative))
      throw new Error(`${file.path}: a file of ${target} must be inside it`);
    wanted.add(relative);
    const full = path.join(target, relative);
    const existing = statOrUndefined(full);
    if (existing?.isFile() && existing.size === file.content.byteLength && readFileSync(full).equals(file.content)) {
      kept += 1;
      continue;
    }
    if (existing) rmSync(full, { recursive: true, force: true });
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, file.content, { flag: 'wx' });
    written += 1;
  }
  mkdirSync(target, { recursive: true });
  return { written, kept, removed: removeOthers(target, wanted) };
}

const KEY_FILE = 'key';
const FILES = 'files';

function entryOf(cacheDir: string, name: string): string {
  return path.join(cacheDir, 'reused-folders', name);
}

/** Puts the kept folder `name` at `target` if it was stored under `key`; false when it was not. */
export function restoreFolder(cacheDir: string, name: string, key: string, target: string): boolean {
  const entry = entryOf(cacheDir, name);
  let storedKey: string;
  try {
    storedKey = readFileSync(path.join(entry, KEY_FILE), 'utf8');
  } catch {
    return false;
  }
  if (storedKey !== key || !existsSync(path.join(entry, FILES))) return false;
  // A site folder kept from the last build (site-folder.ts) usually holds these links already.
  if (statOrUndefined(target)?.isDirectory() === false) rmSync(target, { force: true });
  mirrorLinks(path.join(entry, FILES), target);
  return true;
}

/** Keeps `source` as the folder `name` made from the inputs of `key`, in place of the one before. */
export function storeFolder(cacheDir: string, name: string, key: string, source: string): void {
  const entry = entryOf(cacheDir, name);
  const keyFile = path.join(entry, KEY_FILE);
  // The key goes first and comes back last: a build stopped in between leaves an entry without
  // one, which is never restored.
  rmSync(keyFile, { force: true });
  mirrorLinks(source, path.join(entry, FILES));
  const staged = `${keyFile}.partial-${process.pid}`;
  writeFileSync(staged, key);
  renameSync(staged, keyFile);
}
