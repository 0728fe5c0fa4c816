import {
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keptSiteFolder } from './site-folder-integration.ts';
import {
  listSiteFolder,
  prepareSiteFolder,
  pruneSiteFolder,
  recordedPages,
  restampSiteFolder,
  siteFolderUpToDate,
  stampSiteFolder,
  stampSiteFolderPending,
} from './site-folder.ts';

let dir: string;
let site: string;
let cache: string;
const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
  writeFileSync(path.join(site, file), text);
};
const files = () => [...listSiteFolder(site).keys()].sort();
/** Astro's record of its pages, as its incremental build writes it. */
const recordAstroPages = (...outputFiles: string[]) =>
  writeFileSync(
    path.join(cache, 'incremental-build.json'),
    JSON.stringify({
      version: 1,
      routes: {
        'src/pages/x.astro': { paths: Object.fromEntries(outputFiles.map((file) => [file, { outputFile: file }])) },
      },
    }),
  );

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'site-folder-'));
  site = path.join(dir, 'dist');
  cache = path.join(dir, 'cache');
  mkdirSync(cache);
  write('it/index.html', 'home');
  write('it/old/index.html', 'a page that is gone');
  write('_astro/app.1.js', 'last build’s bundle');
  write('pagefind/entry.json', 'search bundle');
  recordAstroPages('it/index.html', 'it/old/index.html');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the site folder between builds', () => {
  it('is kept when it is as the last finished build left it, and the stamp is removed until this one finishes', () => {
    stampSiteFolder(site, cache);
    const prepared = prepareSiteFolder(site, cache);
    expect(prepared.kept).toBe(true);
    expect(prepared.listing.size).toBe(4);
    expect(readdirSync(cache)).not.toContain('site-folder.json');
    // Interrupted: no stamp, so the next build does not keep the folder nor Astro's record of its pages.
    const next = prepareSiteFolder(site, cache);
    expect(next.kept).toBe(false);
    expect(files()).toEqual([]);
    expect(readdirSync(cache)).not.toContain('incremental-build.json');
  });

  it('is emptied, with Astro’s record of its pages, when anything changed a file after the build', () => {
    stampSiteFolder(site, cache);
    // The same size, a new modification time: written in place (maybe through a hard link).
    writeFileSync(path.join(site, 'it/index.html'), 'HOME');
    utimesSync(path.join(site, 'it/index.html'), new Date(2030, 0, 1), new Date(2030, 0, 1));
    expect(prepareSiteFolder(site, cache).kept).toBe(false);
    expect(files()).toEqual([]);
    expect(recordedPages(cache)).toEqual(new Set());
  });

  it('is emptied when a file was added or removed, or when the stamp is another folder’s', () => {
    stampSiteFolder(site, cache);
    write('extra.txt', 'dropped in by hand');
    expect(prepareSiteFolder(site, cache).kept).toBe(false);

    write('it/index.html', 'home');
    stampSiteFolder(site, cache);
    rmSync(path.join(site, 'it/index.html'));
    expect(prepareSiteFolder(site, cache).kept).toBe(false);

    write('it/index.html', 'home');
    stampSiteFolder(path.join(dir, 'elsewhere'), cache);
    expect(prepareSiteFolder(site, cache).kept).toBe(false);
    expect(files()).toEqual([]);
  });

  it('keeps .git when it empties the folder, as Astro does', () => {
    write('.git/HEAD', 'ref: refs/heads/main');
    expect(prepareSiteFolder(site, cache).kept).toBe(false);
    expect(files()).toEqual(['.git/HEAD']);
  });

  it('loses, after the pages are written, the files this build neither wrote nor reuses', () => {
    stampSiteFolder(site, cache);
    const { listing } = prepareSiteFolder(site, cache);
    // This build: the home page reused in place, a new bundle, the old page no longer made.
    recordAstroPages('it/index.html');
    write('_astro/app.2.js', 'this build’s bundle');
    const pruned = pruneSiteFolder(site, listing, { reused: recordedPages(cache), ownFolders: ['pagefind'] });
    expect(pruned).toBe(2);
    expect(files()).toEqual(['_astro/app.2.js', 'it/index.html', 'pagefind/entry.json']);
    expect(readdirSync(path.join(site, 'it'))).toEqual(['index.html']);
  });

  it('keeps what this build wrote again, even unchanged bytes, and a file replaced by a new one', () => {
    stampSiteFolder(site, cache);
    const { listing } = prepareSiteFolder(site, cache);
    recordAstroPages();
    const bundle = path.join(site, '_astro/app.1.js');
    writeFileSync(bundle, readFileSync(bundle));
    utimesSync(bundle, new Date(2030, 0, 1), new Date(2030, 0, 1));
    rmSync(path.join(site, 'it/index.html'));
    linkSync(path.join(site, 'pagefind/entry.json'), path.join(site, 'it/index.html'));
    pruneSiteFolder(site, listing, { reused: new Set(), ownFolders: [] });
    expect(files()).toEqual(['_astro/app.1.js', 'it/index.html']);
  });

  it('tells the steps after the build which files it left as they were when it started', async () => {
    stampSiteFolder(site, cache);
    const kept = keptSiteFolder({ ownFolders: [] });
    const config = { outDir: pathToFileURL(`${site}/`), cacheDir: pathToFileURL(`${cache}/`) };
    const logger = { info: () => {} };
    await (kept.hooks['astro:config:done'] as (options: unknown) => unknown)({ config });
    expect(kept.leftInPlace(path.join(site, 'it/index.html'))).toBe(false);
    await (kept.hooks['astro:build:start'] as (options: unknown) => unknown)({ logger });
    write('it/old/index.html', 'rendered again');
    expect(kept.leftInPlace(path.join(site, 'it/index.html'))).toBe(true);
    expect(kept.leftInPlace(path.join(site, 'it/old/index.html'))).toBe(false);
    expect(kept.leftInPlace(path.join(site, 'it/new/index.html'))).toBe(false);
  });

  it('lists the pages once for the steps after the build, after the prune', async () => {
    stampSiteFolder(site, cache);
    const kept = keptSiteFolder({ ownFolders: ['pagefind'] });
    const config = { outDir: pathToFileURL(`${site}/`), cacheDir: pathToFileURL(`${cache}/`) };
    const logger = { info: () => {} };
    await (kept.hooks['astro:config:done'] as (options: unknown) => unknown)({ config });
    await (kept.hooks['astro:build:start'] as (options: unknown) => unknown)({ logger });
    recordAstroPages('it/index.html');
    write('en/index.html', 'written by this build');
    await (kept.hooks['astro:build:done'] as (options: unknown) => unknown)({ logger });
    expect(kept.htmlPages()).toEqual([path.join(site, 'en/index.html'), path.join(site, 'it/index.html')]);
    // Asked again, the same answers without looking again.
    write('it/later/index.html', 'not a page of this build');
    expect(kept.htmlPages()).toHaveLength(2);
    expect(kept.leftInPlace(path.join(site, 'it/index.html'))).toBe(true);
    await (kept.hooks['astro:build:start'] as (options: unknown) => unknown)({ logger });
    expect(kept.leftInPlace(path.join(site, 'it/index.html'))).toBe(false);
  });

  it('is recorded again by a later step only when the build that made it finished', () => {
    restampSiteFolder(site, cache);
    expect(readdirSync(cache)).not.toContain('site-folder.json');
    stampSiteFolder(site, cache);
    write('sw.js', 'written by the step after the build');
    restampSiteFolder(site, cache);
    expect(prepareSiteFolder(site, cache).kept).toBe(true);
  });

  it('is not kept after a build whose later step has not recorded it yet, and is once that step has', () => {
    stampSiteFolderPending(site, cache, 'inputs-1');
    expect(siteFolderUpToDate(site, cache, 'inputs-1')).toBe(false);
    write('sw.js', 'written by the step after the build');
    restampSiteFolder(site, cache);
    expect(siteFolderUpToDate(site, cache, 'inputs-1')).toBe(true);
    // The step never ran (it failed): the next build starts from an empty folder.
    stampSiteFolderPending(site, cache, 'inputs-1');
    expect(prepareSiteFolder(site, cache).kept).toBe(false);
    expect(files()).toEqual([]);
  });

  it('is recorded again from a later step’s own listing, with the files it wrote since looked at again', () => {
    write('sw.js', 'the last build’s worker');
    stampSiteFolderPending(site, cache, 'inputs-1');
    const listing = listSiteFolder(site);
    write('sw.js', 'this build’s worker, longer than the last');
    write('offline-manifest.json', 'new');
    rmSync(path.join(site, 'it/old/index.html'));
    restampSiteFolder(site, cache, { listing, rewritten: ['sw.js', 'offline-manifest.json', 'it/old/index.html'] });
    expect(siteFolderUpToDate(site, cache, 'inputs-1')).toBe(true);
    // A file written after the listing but not named is not seen: the folder is not kept.
    stampSiteFolderPending(site, cache, 'inputs-1');
    const stale = listSiteFolder(site);
    write('it/index.html', 'home, written again by something the step did not name');
    restampSiteFolder(site, cache, { listing: stale, rewritten: [] });
    expect(siteFolderUpToDate(site, cache, 'inputs-1')).toBe(false);
  });

  it('is up to date only for the inputs it was built from, and only as that build left it', () => {
    stampSiteFolder(site, cache, 'inputs-1');
    expect(siteFolderUpToDate(site, cache, 'inputs-1')).toBe(true);
    expect(siteFolderUpToDate(site, cache, 'inputs-2')).toBe(false);
    write('sw.js', 'a later step');
    expect(siteFolderUpToDate(site, cache, 'inputs-1')).toBe(false);
    restampSiteFolder(site, cache);
    expect(siteFolderUpToDate(site, cache, 'inputs-1')).toBe(true);
    // A build given no hash (started without scripts/astro.ts) is never up to date.
    stampSiteFolder(site, cache);
    expect(siteFolderUpToDate(site, cache, 'inputs-1')).toBe(false);
  });
});
