import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { compactHtml, compactHtmlFiles, isCompact } from './compact-html.ts';

describe('compactHtml', () => {
  it('drops indentation and blank lines but keeps a line break between words', () => {
    expect(compactHtml('<dl>\n    <dt>Sede</dt>\n    <dd>Lecco</dd>\n\n  </dl>')).toBe(
      '<dl>\n<dt>Sede</dt>\n<dd>Lecco</dd>\n</dl>',
    );
  });

  it('leaves pre, textarea, script and style untouched', () => {
    const kept = [
      '<pre>  a\n    b</pre>',
      '<textarea>\n  x</textarea>',
      '<script type="module">\n  const a = 1;\n</script>',
      '<style>\n  p { color: red }\n</style>',
    ];
    for (const block of kept) expect(compactHtml(`<div>\n  ${block}\n  </div>`)).toBe(`<div>\n${block}\n</div>`);
  });

  it('keeps spaces inside a line', () => {
    expect(compactHtml('<p>Uno  due <b>tre</b> quattro</p>')).toBe('<p>Uno  due <b>tre</b> quattro</p>');
  });
});

describe('isCompact', () => {
  it('recognises a compacted page, and never a page that compactHtml would change', () => {
    const pages = [
      '<dl>\n    <dt>Sede</dt>\n</dl>',
      '<p>Già compatta</p>\n<p>Zürich – Lecco</p>\n',
      '<p>a</p> \n<p>b</p>',
      '<p>a</p>\n\n<p>b</p>',
      '<p>a</p>\n\t<p>b</p>',
      '<p>Uno  due</p>',
    ];
    for (const page of pages) {
      expect(isCompact(Buffer.from(page)), page).toBe(compactHtml(page) === page);
      expect(isCompact(Buffer.from(compactHtml(page))), page).toBe(true);
    }
  });

  it('leaves the pages with whitespace kept in pre or script to compactHtml', () => {
    const page = '<pre>\n  a</pre>\n<p>b</p>';
    expect(compactHtml(page)).toBe(page);
    expect(isCompact(Buffer.from(page))).toBe(false);
  });
});

describe('the compaction after a build', () => {
  let root: string;
  const logger = { info: vi.fn() };
  beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'compact-html-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  };

  async function runHooks(leftInPlace?: (file: string) => boolean, htmlFiles?: () => readonly string[]) {
    const { hooks } = compactHtmlFiles({
      ...(leftInPlace ? { leftInPlace } : {}),
      ...(htmlFiles ? { htmlFiles } : {}),
    });
    const config = { cacheDir: pathToFileURL(`${root}/cache/`), experimental: { incrementalBuild: true } };
    await (hooks['astro:config:done'] as (options: unknown) => unknown)({ config });
    await (hooks['astro:build:done'] as (options: unknown) => unknown)({
      dir: pathToFileURL(`${root}/site/`),
      logger,
    });
  }

  it("compacts the pages and Astro's incremental copy of them, so the next build restores them compact", async () => {
    const raw = '<main>\n    <p>Uno</p>\n  </main>';
    write(`${root}/site/it/uno/index.html`, raw);
    write(`${root}/cache/dist/it/uno/index.html`, raw);
    write(`${root}/site/it/due/index.html`, raw);
    await runHooks();
    const compact = '<main>\n<p>Uno</p>\n</main>';
    expect(readFileSync(`${root}/site/it/uno/index.html`, 'utf8')).toBe(compact);
    expect(readFileSync(`${root}/cache/dist/it/uno/index.html`, 'utf8')).toBe(compact);
    expect(readFileSync(`${root}/site/it/due/index.html`, 'utf8')).toBe(compact);
    // A page with no incremental copy (rendered every build) gets none.
    expect(existsSync(`${root}/cache/dist/it/due/index.html`)).toBe(false);
    expect(logger.info).toHaveBeenLastCalledWith(expect.stringMatching(/from 2 pages \(0 compact already\)/));

    // The next build: the site folder emptied, the page restored from the copy, the other rendered again.
    rmSync(`${root}/site`, { recursive: true });
    write(`${root}/site/it/uno/index.html`, readFileSync(`${root}/cache/dist/it/uno/index.html`, 'utf8'));
    write(`${root}/site/it/due/index.html`, raw);
    await runHooks();
    expect(readFileSync(`${root}/site/it/uno/index.html`, 'utf8')).toBe(compact);
    expect(readFileSync(`${root}/site/it/due/index.html`, 'utf8')).toBe(compact);
    expect(logger.info).toHaveBeenLastCalledWith(expect.stringMatching(/from 1 pages \(1 compact already\)/));
  });

  it('does not read the pages the build left in place, which the last build compacted', async () => {
    const raw = '<main>\n    <p>Uno</p>\n  </main>';
    write(`${root}/site/it/uno/index.html`, raw);
    write(`${root}/site/it/due/index.html`, raw);
    await runHooks((file) => file.endsWith(`uno${path.sep}index.html`));
    expect(readFileSync(`${root}/site/it/uno/index.html`, 'utf8')).toBe(raw);
    expect(readFileSync(`${root}/site/it/due/index.html`, 'utf8')).toBe('<main>\n<p>Uno</p>\n</main>');
    expect(logger.info).toHaveBeenLastCalledWith(expect.stringMatching(/from 1 pages \(1 compact already\)/));
  });

  it('compacts the pages it is given instead of listing the folder', async () => {
    const raw = '<main>\n    <p>Uno</p>\n  </main>';
    write(`${root}/site/it/uno/index.html`, raw);
    write(`${root}/site/it/due/index.html`, raw);
    await runHooks(undefined, () => [path.join(root, 'site', 'it', 'due', 'index.html')]);
    expect(readFileSync(`${root}/site/it/uno/index.html`, 'utf8')).toBe(raw);
    expect(readFileSync(`${root}/site/it/due/index.html`, 'utf8')).toBe('<main>\n<p>Uno</p>\n</main>');
  });
});
