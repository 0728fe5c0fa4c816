import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { buildOfflineManifest, urlOfFile } from './offline-manifest.ts';

/** A tiny built site: two centre pages, their Pagefind fragments, index files and assets. */
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function fakeSite(extra: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'offline-manifest-'));
  made.push(dir);
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
    'pagefind/pagefind-highlight.js': 'js',
    'pagefind/related-words.json': '{}',
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
      '/pagefind/pagefind-highlight.js',
      '/pagefind/pagefind-worker.js',
      '/pagefind/pagefind.js',
      '/pagefind/related-words.json',
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
    const before = buildOfflineManifest(site, { excluded: ['/sw.js'] }).version;
    writeFileSync(path.join(site, 'sw.js'), 'worker');
    expect(buildOfflineManifest(site, { excluded: ['/sw.js'] }).version).toBe(before);
  });

  it('leaves out whole folders named with a closing slash, whether they are written before it or after', () => {
    const site = fakeSite();
    const excluded = ['/admin/', '/_headers'];
    const before = buildOfflineManifest(site, { excluded });
    mkdirSync(path.join(site, 'admin'));
    writeFileSync(path.join(site, 'admin', 'index.html'), '<html>cms</html>');
    writeFileSync(path.join(site, '_headers'), '/*\n  X-Frame-Options: DENY');
    writeFileSync(path.join(site, 'administration.html'), '<html>not the folder</html>');
    const after = buildOfflineManifest(site, { excluded });
    const withoutTheNewPage = buildOfflineManifest(site, { excluded: [...excluded, '/administration.html'] });
    expect(withoutTheNewPage.version).toBe(before.version);
    // A file whose name only starts like the folder's is not in it.
    expect(after.version).not.toBe(before.version);
    expect(JSON.stringify(after)).not.toContain('/admin/');
  });

  it('turns index.html files into page URLs', () => {
    expect(urlOfFile('/it/about/index.html')).toBe('/it/about/');
    expect(urlOfFile('/pagefind/pagefind.js')).toBe('/pagefind/pagefind.js');
  });
});

describe('offline manifest: the company directory', () => {
  const fragment = (url: string) => gzipSync(`pagefind_dcd${JSON.stringify({ url })}`);
  const site = () =>
    fakeSite({
      'it/directory/index.html': '<html>directory</html>',
      'it/directory/search/index.html': '<html>directory search</html>',
      'it/directory/sectors/13/index.html': '<html>textiles</html>',
      'it/directory/sectors/28/index.html': '<html>machinery</html>',
      'it/directory/places/valmadrera/13/index.html': '<html>textiles in Valmadrera</html>',
      'it/directory/places/lecco/13/index.html': '<html>textiles in Lecco</html>',
      'it/directory/places/lecco/28/index.html': '<html>machinery in Lecco</html>',
      'it/directory/sectors/not-stated/index.html': '<html>sector not stated</html>',
      'it/directory/places/lugano/not-stated/index.html': '<html>Lugano, sector not stated</html>',
      'it/directory/places/lugano/not-stated/2/index.html': '<html>Lugano, sector not stated, page 2</html>',
      'pagefind-directory/pagefind.js': 'js',
      'pagefind-directory/pagefind-worker.js': 'js',
      'pagefind-directory/pagefind-entry.json': '{}',
      'pagefind-directory/related-words.json': '{}',
      'pagefind-directory/wasm.it.pagefind': 'wasm',
      'pagefind-directory/pagefind.it_9f9f.pf_meta': 'meta',
      'pagefind-directory/index/it_4444.pf_index': 'index',
      'pagefind-directory/filter/it_5555.pf_filter': 'filter',
      'en/directory/sectors/13/index.html': '<html>textiles</html>',
      'en/directory/places/lecco/13/index.html': '<html>textiles in Lecco</html>',
      'pagefind-directory/fragment/it_c1.pf_fragment': fragment('/it/directory/places/lecco/13/#lc-000001'),
      'pagefind-directory/fragment/it_c2.pf_fragment': fragment('/it/directory/places/lecco/13/#lc-000040'),
      'pagefind-directory/fragment/it_c3.pf_fragment': fragment('/it/directory/places/lecco/28/#lc-000002'),
    });

  it('offers each sector on its own, with its pages, their search records and the directory index', () => {
    const manifest = buildOfflineManifest(site());
    const textiles = manifest.sections['it/directory-13'];
    expect(textiles?.urls.sort()).toEqual(
      [
        '/it/directory/',
        '/it/directory/places/lecco/13/',
        '/it/directory/places/valmadrera/13/',
        '/it/directory/search/',
        '/it/directory/sectors/13/',
        '/pagefind-directory/filter/it_5555.pf_filter',
        '/pagefind-directory/fragment/it_c1.pf_fragment',
        '/pagefind-directory/fragment/it_c2.pf_fragment',
        '/pagefind-directory/index/it_4444.pf_index',
        '/pagefind-directory/pagefind-entry.json',
        '/pagefind-directory/pagefind-worker.js',
        '/pagefind-directory/pagefind.it_9f9f.pf_meta',
        '/pagefind-directory/pagefind.js',
        '/pagefind-directory/related-words.json',
        '/pagefind-directory/wasm.it.pagefind',
      ].sort(),
    );
    expect(manifest.sections['it/directory-28']?.urls).toContain('/pagefind-directory/fragment/it_c3.pf_fragment');
    expect(manifest.sections['it/directory-28']?.urls).not.toContain('/it/directory/places/lecco/13/');
  });

  it('offers the rows without a sector as a section too, with every page of a long group', () => {
    const urls = buildOfflineManifest(site()).sections['it/directory-not-stated']?.urls ?? [];
    expect(urls).toContain('/it/directory/places/lugano/not-stated/');
    expect(urls).toContain('/it/directory/places/lugano/not-stated/2/');
    expect(urls).not.toContain('/it/directory/places/lecco/13/');
  });

  it('keeps the directory index out of the hub’s and out of the shell', () => {
    const manifest = buildOfflineManifest(site());
    expect(manifest.searchIndex.it.some((url) => url.startsWith('/pagefind-directory/'))).toBe(false);
    expect(manifest.shell.some((url) => url.startsWith('/pagefind-directory/'))).toBe(false);
    expect(manifest.directoryIndex.it).toContain('/pagefind-directory/pagefind.it_9f9f.pf_meta');
  });

  it('uses the one directory index, with its Italian addresses, for the sectors of both languages', () => {
    const manifest = buildOfflineManifest(site());
    const english = manifest.sections['en/directory-13']?.urls ?? [];
    expect(english).toContain('/en/directory/places/lecco/13/');
    expect(english).toContain('/pagefind-directory/fragment/it_c1.pf_fragment');
    expect(english).toContain('/pagefind-directory/pagefind.it_9f9f.pf_meta');
    expect(english).not.toContain('/it/directory/places/lecco/13/');
  });
});
