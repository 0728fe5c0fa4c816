import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cacheFolder, restoreFolder, storeFolder, writeFolder } from './folder-cache.ts';

let dir: string;
const write = (file: string, text: string) => {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
};

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'folder-cache-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('a kept folder', () => {
  it('is restored, files and subfolders, only under the key it was stored with', () => {
    const cache = path.join(dir, 'cache');
    write(path.join(dir, 'built', 'pagefind', 'entry.json'), '{"v":1}');
    write(path.join(dir, 'built', 'pagefind', 'index', 'en_1.pf_index'), 'chunk');
    storeFolder(cache, 'pagefind', 'key-1', path.join(dir, 'built', 'pagefind'));

    const target = path.join(dir, 'site', 'pagefind');
    expect(restoreFolder(cache, 'pagefind', 'key-2', target)).toBe(false);
    expect(existsSync(target)).toBe(false);

    write(path.join(target, 'stale.json'), 'from an older build');
    expect(restoreFolder(cache, 'pagefind', 'key-1', target)).toBe(true);
    expect(readFileSync(path.join(target, 'entry.json'), 'utf8')).toBe('{"v":1}');
    expect(readFileSync(path.join(target, 'index', 'en_1.pf_index'), 'utf8')).toBe('chunk');
    expect(existsSync(path.join(target, 'stale.json'))).toBe(false);
  });

  it('replaces the one before, and is never restored from a store that did not finish', () => {
    const cache = path.join(dir, 'cache');
    write(path.join(dir, 'a', 'file.txt'), 'first');
    storeFolder(cache, 'bundle', 'one', path.join(dir, 'a'));
    write(path.join(dir, 'a', 'file.txt'), 'second');
    storeFolder(cache, 'bundle', 'two', path.join(dir, 'a'));
    expect(restoreFolder(cache, 'bundle', 'one', path.join(dir, 'out'))).toBe(false);
    expect(restoreFolder(cache, 'bundle', 'two', path.join(dir, 'out'))).toBe(true);
    expect(readFileSync(path.join(dir, 'out', 'file.txt'), 'utf8')).toBe('second');

    // A build stopped while storing leaves the entry without its key (and a staged key at most).
    write(path.join(cache, 'reused-folders', 'other', 'files', 'file.txt'), 'half');
    write(path.join(cache, 'reused-folders', 'other', 'key.partial-123'), 'k');
    expect(restoreFolder(cache, 'other', 'k', path.join(dir, 'out2'))).toBe(false);
  });

  it('is stored again by changing only the files that differ, and loses its key while it changes', () => {
    const cache = path.join(dir, 'cache');
    const built = path.join(dir, 'built');
    write(path.join(built, 'fragment', 'a'), 'A');
    write(path.join(built, 'fragment', 'b'), 'B');
    write(path.join(built, 'old', 'c'), 'C');
    storeFolder(cache, 'bundle', 'one', built);
    const kept = (file: string) => path.join(cache, 'reused-folders', 'bundle', 'files', file);
    const inodeOfA = statSync(kept('fragment/a')).ino;

    rmSync(path.join(built, 'fragment', 'b'));
    write(path.join(built, 'fragment', 'b'), 'B2');
    rmSync(path.join(built, 'old'), { recursive: true });
    storeFolder(cache, 'bundle', 'two', built);
    expect(statSync(kept('fragment/a')).ino).toBe(inodeOfA);
    expect(readFileSync(kept('fragment/b'), 'utf8')).toBe('B2');
    expect(existsSync(kept('old'))).toBe(false);
    expect(readFileSync(path.join(cache, 'reused-folders', 'bundle', 'key'), 'utf8')).toBe('two');
  });

  it('is left in place when the site folder kept from the last build holds it already, and put back when not', () => {
    const cache = path.join(dir, 'cache');
    write(path.join(dir, 'built', 'index', 'chunk'), 'words');
    write(path.join(dir, 'built', 'entry.json'), '{}');
    storeFolder(cache, 'bundle', 'k', path.join(dir, 'built'));
    const target = path.join(dir, 'site', 'bundle');
    expect(restoreFolder(cache, 'bundle', 'k', target)).toBe(true);
    const inode = statSync(path.join(target, 'index', 'chunk')).ino;
    expect(restoreFolder(cache, 'bundle', 'k', target)).toBe(true);
    expect(statSync(path.join(target, 'index', 'chunk')).ino).toBe(inode);

    // A file that is not the kept one (here: a copy) makes it put the whole folder back.
    rmSync(path.join(target, 'entry.json'));
    write(path.join(target, 'entry.json'), '{}');
    write(path.join(target, 'extra.json'), 'stale');
    expect(restoreFolder(cache, 'bundle', 'k', target)).toBe(true);
    expect(statSync(path.join(target, 'entry.json')).ino).toBe(
      statSync(path.join(cache, 'reused-folders', 'bundle', 'files', 'entry.json')).ino,
    );
    expect(existsSync(path.join(target, 'extra.json'))).toBe(false);
  });

  it('is written by writing only the files that are new or changed, never into a file in place', () => {
    const cache = path.join(dir, 'cache');
    const site = path.join(dir, 'site', 'bundle');
    const bytes = (text: string) => Buffer.from(text);
    expect(
      writeFolder(site, [
        { path: 'entry.json', content: bytes('{"v":1}') },
        { path: 'fragment/a', content: bytes('A') },
        { path: 'fragment/b', content: bytes('B') },
        { path: 'filter/x', content: bytes('X') },
      ]),
    ).toEqual({ written: 4, kept: 0, removed: 0 });
    // The site's files become links to the kept copy, as after a build that stored it.
    storeFolder(cache, 'bundle', 'one', site);
    restoreFolder(cache, 'bundle', 'one', site);
    const inodeOfA = statSync(path.join(site, 'fragment', 'a')).ino;

    expect(
      writeFolder(site, [
        { path: 'entry.json', content: bytes('{"v":2}') },
        { path: 'fragment/a', content: bytes('A') },
        { path: 'fragment/c', content: bytes('C') },
      ]),
    ).toEqual({ written: 2, kept: 1, removed: 2 });
    expect(statSync(path.join(site, 'fragment', 'a')).ino).toBe(inodeOfA);
    expect(readFileSync(path.join(site, 'entry.json'), 'utf8')).toBe('{"v":2}');
    expect(readFileSync(path.join(site, 'fragment', 'c'), 'utf8')).toBe('C');
    expect(existsSync(path.join(site, 'fragment', 'b'))).toBe(false);
    expect(existsSync(path.join(site, 'filter'))).toBe(false);
    // The kept copy is as it was stored: the changed file was replaced, not written into.
    expect(readFileSync(path.join(cache, 'reused-folders', 'bundle', 'files', 'entry.json'), 'utf8')).toBe('{"v":1}');
    expect(restoreFolder(cache, 'bundle', 'one', path.join(dir, 'other'))).toBe(true);
    expect(readFileSync(path.join(dir, 'other', 'fragment', 'b'), 'utf8')).toBe('B');

    expect(() => writeFolder(site, [{ path: '../outside', content: bytes('no') }])).toThrow(/must be inside it/);
  });

  it('lives in PMI_CACHE_DIR, or in node_modules/.astro', () => {
    expect(cacheFolder({ PMI_CACHE_DIR: '/tmp/x-cache' })).toBe('/tmp/x-cache');
    expect(cacheFolder({})).toBe(path.resolve('node_modules', '.astro'));
  });
});
