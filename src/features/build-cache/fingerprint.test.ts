import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keyedBySite, pageCacheKey } from './cache-key.ts';
import { computeFingerprint, contentRowsDigest } from './fingerprint.ts';

let contentDir: string;
const write = (file: string, text: string) => {
  const full = path.join(contentDir, file);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, text);
};
const env = { PMI_BUILD_DATE: '2026-12-06' };
const fingerprint = (extra: NodeJS.ProcessEnv = {}) => computeFingerprint({ contentDir, env: { ...env, ...extra } });

beforeEach(() => {
  contentDir = mkdtempSync(path.join(os.tmpdir(), 'fingerprint-'));
  write('case-studies/it/storia.mdx', '# Storia');
  write('directory/sources.yaml', 'sources: []');
  write('directory/lecco.csv', 'id,name\nlc-1,Uno');
  write('registers/zefix.csv', 'id,name\nti-1,Due');
});
afterEach(() => rmSync(contentDir, { recursive: true, force: true }));

describe('the site fingerprint', () => {
  it('changes with any content file, the build date and the values that reach the pages', () => {
    const before = fingerprint();
    expect(fingerprint()).toBe(before);
    expect(fingerprint({ PMI_BUILD_DATE: '2027-01-01' })).not.toBe(before);
    expect(fingerprint({ PMI_DESK_EMAIL: 'desk@example.org' })).not.toBe(before);
    expect(fingerprint({ SITE_URL: 'https://preview.example.org' })).not.toBe(before);
    write('case-studies/it/storia.mdx', '# Storia rivista');
    expect(fingerprint()).not.toBe(before);
  });

  it('leaves out the directory and register rows, which each directory page keys itself', () => {
    const before = fingerprint();
    write('directory/lecco.csv', 'id,name\nlc-1,Uno cambiato');
    write('registers/zefix.csv', 'id,name\nti-1,Due cambiato');
    expect(fingerprint()).toBe(before);
    write('directory/sources.yaml', 'sources: [zefix]');
    expect(fingerprint()).not.toBe(before);
  });

  it('has the rows of content/ in a digest of their own, for the pages that check the whole folder', () => {
    const before = contentRowsDigest(contentDir);
    write('case-studies/it/storia.mdx', '# Storia rivista');
    expect(contentRowsDigest(contentDir)).toBe(before);
    write('registers/zefix.csv', 'id,name\nti-1,Due cambiato');
    expect(contentRowsDigest(contentDir)).not.toBe(before);
  });
});

describe('a page cache key', () => {
  it('differs when any part the page shows differs', () => {
    const rows = [{ id: 'lc-1', name: 'Uno' }];
    expect(pageCacheKey(rows, 2)).toBe(pageCacheKey(rows, 2));
    expect(pageCacheKey(rows, 2)).not.toBe(pageCacheKey(rows, 3));
    expect(pageCacheKey(rows)).not.toBe(pageCacheKey([{ id: 'lc-1', name: 'Uno bis' }]));
  });
});

describe('paths keyed by the site', () => {
  it('each get the key of the site fingerprint, their params and props kept', () => {
    const paths = [{ params: { lang: 'it' } }, { params: { lang: 'en' }, props: { n: 1 } }];
    expect(keyedBySite(paths)).toEqual([
      { params: { lang: 'it' }, cacheKey: pageCacheKey() },
      { params: { lang: 'en' }, props: { n: 1 }, cacheKey: pageCacheKey() },
    ]);
  });
});
