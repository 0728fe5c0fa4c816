import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listSiteFolder } from '#features/build-cache/index.ts';
import { writeOfflineFiles } from '#features/offline/index.ts';

let dir: string;
let site: string;
let cache: string;
const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
  writeFileSync(path.join(site, file), text);
};
const versionOf = (summary: string) => /version (\w+)/.exec(summary)?.[1];

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'index-site-'));
  site = path.join(dir, 'site');
  cache = path.join(dir, 'cache');
  write('it/index.html', '<html>casa</html>');
  write('it/offline/index.html', '<html>offline</html>');
  write('_astro/site.css', 'body{}');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("the index step's one listing of the site", () => {
  it('gives the offline files the same stamps as they take themselves, so what they kept is reused', () => {
    const at = new Date('2026-12-01T10:00:00Z');
    utimesSync(path.join(site, 'it/index.html'), at, at);
    const kept = versionOf(writeOfflineFiles(site, { cacheDir: cache }));
    // Other bytes, same size and times: a file taken as unchanged, whose kept digest is used.
    writeFileSync(path.join(site, 'it/index.html'), '<html>CASA</html>');
    utimesSync(path.join(site, 'it/index.html'), at, at);
    expect(versionOf(writeOfflineFiles(site, { cacheDir: cache, listing: listSiteFolder(site) }))).toBe(kept);
    // Read again once the listing says it changed.
    write('it/index.html', '<html>casa nuova</html>');
    const changed = versionOf(writeOfflineFiles(site, { cacheDir: cache, listing: listSiteFolder(site) }));
    expect(changed).toBeDefined();
    expect(changed).not.toBe(kept);
  });

  it('makes the same offline files as the offline step listing the site itself', () => {
    const listed = writeOfflineFiles(site, { cacheDir: cache, listing: listSiteFolder(site) });
    rmSync(cache, { recursive: true, force: true });
    expect(writeOfflineFiles(site, { cacheDir: cache })).toBe(listed);
  });
});
