import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildOfflineManifest, urlOfFile } from './offline-manifest.ts';

/** A tiny built site: two centre pages, their Pagefind fragments, index files and assets. */
function fakeSite(extra: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'offline-manifest-'));
  const files: Record<string, string | Buffer> = {
    'it/index.html': '<html>home</html>',
    'it/offline/index.html': '<html>offline</html>',
    'it/search/index.html': '<html>search</html>',
    'it/research-centres/index.html': '<html>list</html>',
    'it/research-centres/supsi/index.html': '<html>supsi</html>',
    'it/companies/x/index.html': '<html>company</html>',
    '_astro/site.abc123.css': 'body{}',
    'favicon.svg': '<svg/>',
    'pagefind/pagefind.js': 'js',
    'pagefind/pagefind-worker.js': 'js',
    'pagefind/pagefind-entry.json': '{}',
    'pagefind/wasm.it.pagefind': 'wasm',
    'pagefind/pagefind.it_1a2b.pf_meta': 'meta',
    'pagefind/index/it_1111.pf_index': 'index',
    'pagefind/filter/it_2222.pf_filter': 'filter',
    'pagefind/index/en_3333.pf_index': 'other language',
    'pagefind/fragment/it_aaaa.pf_fragment': gzipSync(
      `pagefind_dcd${JSON.stringify({ url: '/it/research-centres/supsi/' })}`,
    ),
    'pagefind/fragment/it_bbbb.pf_fragment': gzipSync(`pagefind_dcd${JSON.stringify({ url: '/it/companies/x/' })}`),
    ...extra,
  };
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  }
  return dir;
}

describe('offline manifest', () => {
  it('precaches the shell: assets, icons, the offline pages and the search core', () => {
    const manifest = buildOfflineManifest(fakeSite());
    expect(manifest.shell).toEqual([
      '/_astro/site.abc123.css',
      '/favicon.svg',
      '/it/offline/',
      '/pagefind/pagefind-entry.json',
      '/pagefind/pagefind-worker.js',
      '/pagefind/pagefind.js',
    ]);
    expect(manifest.searchIndex.it).toEqual([
      '/pagefind/filter/it_2222.pf_filter',
      '/pagefind/index/it_1111.pf_index',
      '/pagefind/pagefind.it_1a2b.pf_meta',
      '/pagefind/wasm.it.pagefind',
    ]);
  });

  it('saves a section with its pages, the search page, their fragments and the language’s index', () => {
    const { sections } = buildOfflineManifest(fakeSite());
    const centres = sections['it/researchCentres']!;
    expect(centres.urls).toEqual([
      '/it/research-centres/',
      '/it/research-centres/supsi/',
      '/it/search/',
      '/pagefind/fragment/it_aaaa.pf_fragment',
      '/pagefind/filter/it_2222.pf_filter',
      '/pagefind/index/it_1111.pf_index',
      '/pagefind/pagefind.it_1a2b.pf_meta',
      '/pagefind/wasm.it.pagefind',
    ]);
    expect(centres.bytes).toBeGreaterThan(0);
    expect(sections['it/companies']!.urls).toContain('/pagefind/fragment/it_bbbb.pf_fragment');
    expect(sections['en/researchCentres']).toBeUndefined();
  });

  it('gives the same version for the same site and a new one when any file changes', () => {
    const first = buildOfflineManifest(fakeSite()).version;
    expect(buildOfflineManifest(fakeSite()).version).toBe(first);
    expect(buildOfflineManifest(fakeSite({ 'it/index.html': '<html>new home</html>' })).version).not.toBe(first);
  });

  it('leaves the files it writes itself out of the version', () => {
    const site = fakeSite();
    const before = buildOfflineManifest(site, ['/sw.js']).version;
    writeFileSync(path.join(site, 'sw.js'), 'worker');
    expect(buildOfflineManifest(site, ['/sw.js']).version).toBe(before);
  });

  it('turns index.html files into page URLs', () => {
    expect(urlOfFile('/it/about/index.html')).toBe('/it/about/');
    expect(urlOfFile('/pagefind/pagefind.js')).toBe('/pagefind/pagefind.js');
  });
});
