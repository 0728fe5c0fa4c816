import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileFacts } from './file-facts.ts';

let dir: string;
let site: string;
let cache: string;
const write = (file: string, bytes: string | Buffer) => {
  mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
  writeFileSync(path.join(site, file), bytes);
};
const fragment = (url: string) => gzipSync(Buffer.from(`pagefind_dcd${JSON.stringify({ url })}`));
const isFragment = (file: string) => file.startsWith('/pagefind/fragment/');

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'file-facts-'));
  site = path.join(dir, 'site');
  cache = path.join(dir, 'cache');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("the facts of a site's files", () => {
  it("give each file's size and digest, and a fragment's page address", () => {
    write('/it/index.html', '<html>casa</html>');
    write('/pagefind/fragment/it_1.pf_fragment', fragment('/it/'));
    const facts = readFileFacts(site, ['/it/index.html', '/pagefind/fragment/it_1.pf_fragment'], { isFragment });
    expect(facts.get('/it/index.html')).toMatchObject({
      size: 17,
      digest: createHash('sha256').update('<html>casa</html>').digest('hex'),
    });
    expect(facts.get('/pagefind/fragment/it_1.pf_fragment')!.url).toBe('/it/');
  });

  it('are read again only for the files whose size, time or inode changed since they were kept', () => {
    const at = new Date('2026-12-01T10:00:00Z');
    write('/a.html', 'first');
    utimesSync(path.join(site, 'a.html'), at, at);
    write('/b.html', 'other');
    const first = readFileFacts(site, ['/a.html', '/b.html'], { cacheDir: cache, isFragment });

    // Same size and same times: taken as the same file, so its kept digest is used.
    writeFileSync(path.join(site, 'a.html'), 'FIRST');
    utimesSync(path.join(site, 'a.html'), at, at);
    // Written again with other bytes: read again.
    write('/b.html', 'changed!');
    const second = readFileFacts(site, ['/a.html', '/b.html'], { cacheDir: cache, isFragment });
    expect(second.get('/a.html')!.digest).toBe(first.get('/a.html')!.digest);
    expect(second.get('/b.html')!.digest).not.toBe(first.get('/b.html')!.digest);
    expect(second.get('/b.html')!.size).toBe(8);

    // Without a cache folder, or with one holding something else, every file is read.
    expect(readFileFacts(site, ['/a.html'], { isFragment }).get('/a.html')!.digest).not.toBe(
      first.get('/a.html')!.digest,
    );
    writeFileSync(path.join(cache, 'offline-file-facts.json'), '{"format": 0}');
    expect(readFileFacts(site, ['/a.html'], { cacheDir: cache, isFragment }).get('/a.html')!.digest).not.toBe(
      first.get('/a.html')!.digest,
    );
  });
});
