import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countFiles, countHtmlFiles, measureSite, sizesOf } from './sizes.ts';

let site: string;

beforeAll(async () => {
  site = await mkdtemp(path.join(os.tmpdir(), 'pmi-hub-bench-sizes-'));
  const files: Record<string, number> = {
    'index.html': 100,
    'it/index.html': 300,
    'it/directory/a-z/m/index.html': 5000,
    '_astro/site.css': 1000,
    'pagefind/pagefind.js': 2000,
    'pagefind/index/it_1.pf_index': 700,
    'pagefind-directory/pagefind-entry.json': 50,
  };
  for (const [file, bytes] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(site, file)), { recursive: true });
    await writeFile(path.join(site, file), 'x'.repeat(bytes));
  }
});

afterAll(async () => {
  await rm(site, { recursive: true, force: true });
});

describe('site sizes', () => {
  it('adds up every file, the HTML pages and each search index apart', async () => {
    expect(await measureSite(site)).toEqual({
      total: { bytes: 9150, files: 7 },
      html: { bytes: 5400, files: 3 },
      largestHtml: { path: 'it/directory/a-z/m/index.html', bytes: 5000 },
      overBudget: { count: 0, examples: [] },
      hubIndex: { bytes: 2700, files: 2 },
      directoryIndex: { bytes: 50, files: 1 },
    });
  });

  it('counts the pages over the 100 kB budget, heaviest first, the editorial report aside', () => {
    const sizes = sizesOf([
      { path: 'it/directory/places/lugano/not-stated/index.html', bytes: 150_000 },
      { path: 'it/directory/places/lecco/41/index.html', bytes: 102_401 },
      { path: 'it/editorial-report/index.html', bytes: 200_000 },
      { path: 'it/index.html', bytes: 102_400 },
    ]);
    expect(sizes.overBudget).toEqual({
      count: 2,
      examples: ['it/directory/places/lugano/not-stated/index.html', 'it/directory/places/lecco/41/index.html'],
    });
  });

  it('counts files for the progress line, 0 for a folder not written yet', async () => {
    expect(await countHtmlFiles(site)).toBe(3);
    expect(await countFiles(path.join(site, 'pagefind'))).toBe(2);
    expect(await countHtmlFiles(path.join(site, 'nothing-yet'))).toBe(0);
  });
});
