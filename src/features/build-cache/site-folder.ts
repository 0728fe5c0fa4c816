/**
 * The site folder kept between builds. Astro empties the output folder before a build and then
 * copies every page its incremental build reuses back from its cache, one file at a time: at full
 * scale that is 9,000 files, a few seconds of deleting and most of the rebuild's page step. Here
 * the folder is kept instead (`vite.build.emptyOutDir: false`), so a reused page that is still in
 * place stays as it is, and is trusted only when the folder is exactly as the last finished build
 * left it:
 *
 * - a finished build records a stamp of the folder (every file's path, size, modification time
 *   and inode) in the cache folder; a build removes the stamp when it starts, so an interrupted
 *   build leaves none;
 * - a build that finds no stamp, or a folder that differs from it (a file changed, added or
 *   removed by anything else, another output folder), empties the folder as Astro would and
 *   drops Astro's record of the pages it can reuse: a page written in place may have been a hard
 *   link to Astro's copy (see post-build/compact-html.ts), so those copies are not trusted either;
 * - once the pages are written, the files of the last build that this build neither wrote nor
 *   reuses are deleted (a company's page that is gone, a bundle of the last build's code), so the
 *   folder holds the same files as a clean build.
 */
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A file's identity in the folder: what changes when anything writes, replaces or removes it. */
export type SiteListing = Map<string, string>;

const STAMP_FILE = 'site-folder.json';
/** Astro's record of the pages its incremental build reuses (astro/dist/core/build/incremental.js). */
const ASTRO_MANIFEST = 'incremental-build.json';

/** A file's size, modification time and inode; undefined when there is none. */
function identityOf(file: string): string | undefined {
  try {
    const stat = lstatSync(file, { bigint: true });
    return `${stat.size}:${stat.mtimeNs}:${stat.ino}`;
  } catch {
    return undefined;
  }
}

/**
 * Calls `visit` with each file under `dir`: its full path and its path inside, with "/". One
 * readdir a folder: Node's recursive readdir took two to three times as long over the 17,800
 * files of a full-scale site.
 */
function walkFiles(dir: string, base: string, visit: (full: string, relative: string) => void): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const relative = base === '' ? entry.name : `${base}/${entry.name}`;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walkFiles(full, relative, visit);
    else visit(full, relative);
  }
}

/** Every file under `siteDir` (paths with "/"), with its size, modification time and inode. */
export function listSiteFolder(siteDir: string): SiteListing {
  const listing: SiteListing = new Map();
  walkFiles(siteDir, '', (full, relative) => listing.set(relative, identityOf(full)!));
  return listing;
}

/** The HTML files under `siteDir` (absolute paths, sorted). */
export function siteHtmlFiles(siteDir: string): string[] {
  const files: string[] = [];
  walkFiles(siteDir, '', (full) => {
    if (full.endsWith('.html')) files.push(full);
  });
  return files.sort();
}

function listingDigest(listing: SiteListing): string {
  const hash = createHash('sha256');
  for (const file of [...listing.keys()].sort()) hash.update(`${file}\0${listing.get(file)}\n`);
  return hash.digest('hex');
}

interface Stamp {
  siteDir: string;
  files: number;
  digest: string;
  /** The hash of the build's inputs (build-inputs.ts), when the build was given one. */
  inputs?: string | undefined;
}

function stampPath(cacheDir: string): string {
  return path.join(cacheDir, STAMP_FILE);
}

function readStamp(cacheDir: string): Stamp | undefined {
  try {
    return JSON.parse(readFileSync(stampPath(cacheDir), 'utf8')) as Stamp;
  } catch {
    return undefined;
  }
}

/**
 * Records the folder as this build leaves it, made from `inputs`: the next build may keep it.
 * `listing`: the folder as it is now, when the caller has just listed it.
 */
export function stampSiteFolder(
  siteDir: string,
  cacheDir: string,
  inputs?: string,
  listing: SiteListing = listSiteFolder(siteDir),
): void {
  const stamp: Stamp = { siteDir: path.resolve(siteDir), files: listing.size, digest: listingDigest(listing), inputs };
  writeFileSync(stampPath(cacheDir), JSON.stringify(stamp));
}

/**
 * Records that the build made from `inputs` has written the folder, which a step after it
 * (restampSiteFolder) still writes into: no listing, so the folder is not kept until that
 * step records it. Spares listing the folder twice.
 */
export function stampSiteFolderPending(siteDir: string, cacheDir: string, inputs?: string): void {
  const stamp: Stamp = { siteDir: path.resolve(siteDir), files: -1, digest: '', inputs };
  writeFileSync(stampPath(cacheDir), JSON.stringify(stamp));
}

function matches(stamp: Stamp | undefined, siteDir: string, listing: SiteListing): stamp is Stamp {
  return (
    stamp !== undefined &&
    stamp.siteDir === path.resolve(siteDir) &&
    stamp.files === listing.size &&
    stamp.digest === listingDigest(listing)
  );
}

/**
 * True when the last finished build was made from `inputs` and its folder is as it left it: a
 * build of the same inputs would write the same files (tests/build/reproducible.test.ts).
 */
export function siteFolderUpToDate(siteDir: string, cacheDir: string, inputs: string): boolean {
  const stamp = readStamp(cacheDir);
  return stamp?.inputs === inputs && matches(stamp, siteDir, listSiteFolder(siteDir));
}

/** The folder as a step listed it, then wrote `rewritten` (paths with "/") into it. */
export interface ListedSiteFolder {
  listing: SiteListing;
  rewritten: readonly string[];
}

/**
 * A step after the build that writes into the folder (scripts/index-site.ts) records it again,
 * if the build that made it finished and recorded it. With `listed`, the folder is not listed
 * again: only the files written since are looked at (a file removed is left out).
 */
export function restampSiteFolder(siteDir: string, cacheDir: string, listed?: ListedSiteFolder): void {
  const stamp = readStamp(cacheDir);
  if (stamp?.siteDir !== path.resolve(siteDir)) return;
  let listing: SiteListing | undefined;
  if (listed) {
    listing = new Map(listed.listing);
    for (const file of listed.rewritten) {
      const identity = identityOf(path.join(siteDir, file));
      if (identity === undefined) listing.delete(file);
      else listing.set(file, identity);
    }
  }
  stampSiteFolder(siteDir, cacheDir, stamp.inputs, listing);
}

export interface PreparedSiteFolder {
  /** True when the folder was kept as the last build left it; false when it was emptied. */
  kept: boolean;
  /** Its files when the build started (empty when it was emptied). */
  listing: SiteListing;
}

/** Empties the folder but its `.git`, as Astro does. */
function emptyFolder(siteDir: string): void {
  let names: string[];
  try {
    names = readdirSync(siteDir);
  } catch {
    return;
  }
  for (const name of names) if (name !== '.git') rmSync(path.join(siteDir, name), { recursive: true, force: true });
}

/** Before a build: keeps the folder if it is the last finished build's, else empties it (see above). */
export function prepareSiteFolder(siteDir: string, cacheDir: string): PreparedSiteFolder {
  const stamp = readStamp(cacheDir);
  rmSync(stampPath(cacheDir), { force: true });
  const listing = listSiteFolder(siteDir);
  const kept = matches(stamp, siteDir, listing);
  if (kept) return { kept, listing };
  emptyFolder(siteDir);
  rmSync(path.join(cacheDir, ASTRO_MANIFEST), { force: true });
  return { kept, listing: new Map() };
}

/** The output files of the pages Astro's incremental build recorded in this build. */
export function recordedPages(cacheDir: string): Set<string> {
  const pages = new Set<string>();
  let manifest: { routes?: Record<string, { paths?: Record<string, { outputFile?: string }> }> };
  try {
    manifest = JSON.parse(readFileSync(path.join(cacheDir, ASTRO_MANIFEST), 'utf8'));
  } catch {
    return pages;
  }
  for (const route of Object.values(manifest.routes ?? {}))
    for (const { outputFile } of Object.values(route.paths ?? {}))
      if (outputFile) pages.add(decodeURIComponent(outputFile));
  return pages;
}

/**
 * True when `file` (a path in the folder, with "/") is as the build found it when it started: a
 * page the build left in place, which every step after the build already saw as it is.
 */
export function unchangedSince(siteDir: string, before: SiteListing, file: string): boolean {
  const identity = before.get(file);
  return identity !== undefined && identityOf(path.join(siteDir, file)) === identity;
}

export interface PruneOptions {
  /** The files this build reuses as they are (the pages Astro kept in place). */
  reused: ReadonlySet<string>;
  /** Top folders whose own step replaces or keeps them later in the build (the search bundles). */
  ownFolders: readonly string[];
}

/**
 * Deletes the files of the last build that this build has not written (same size, time and inode
 * as when it started) and does not reuse, then the folders left empty. Returns how many files.
 */
export function pruneSiteFolder(siteDir: string, before: SiteListing, { reused, ownFolders }: PruneOptions): number {
  if (before.size === 0) return 0;
  const folders = new Set<string>();
  let pruned = 0;
  for (const file of before.keys()) {
    if (reused.has(file) || ownFolders.some((folder) => file.startsWith(`${folder}/`))) continue;
    if (!unchangedSince(siteDir, before, file)) continue;
    rmSync(path.join(siteDir, file), { force: true });
    pruned += 1;
    for (let folder = path.posix.dirname(file); folder !== '.'; folder = path.posix.dirname(folder))
      folders.add(folder);
  }
  // Deepest first, so a folder is tried after the folders inside it.
  for (const folder of [...folders].sort((a, b) => b.length - a.length)) {
    try {
      rmdirSync(path.join(siteDir, folder));
    } catch {
      // Not empty: it holds files of this build.
    }
  }
  return pruned;
}
