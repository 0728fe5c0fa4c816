/**
 * Offline use with a real service worker against the built site on 127.0.0.1: visited pages and
 * the offline page without a connection, a saved section searchable offline, a new deployment
 * picked up cleanly, the install manifest, and accessibility of the offline screens.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse, parseDocument } from 'yaml';
import { runAstroBuild } from '../support/astro-build.ts';
import { describeViolations, runAxe } from '../support/axe.ts';
import { launchBrowser, recordPageErrors } from '#scripts/support/browser.ts';
import { contentDir } from '#scripts/support/paths.ts';
import { copySite } from '../support/site-copy.ts';
import { placeSlug } from '#scripts/support/site-map.ts';
import { startStaticServer, type StaticServer } from '#scripts/support/static-server.ts';

const centreFiles = readdirSync(path.join(contentDir, 'research-centres')).filter(
  (file) => file.endsWith('.yaml') && !file.startsWith('_'),
);
const centres = centreFiles.map((file) => ({
  id: file.replace(/\.yaml$/, ''),
  ...(parse(readFileSync(path.join(contentDir, 'research-centres', file), 'utf8')) as {
    name: string;
    description: { en?: string; it?: string };
  }),
}));

/** A word of the description that search can find: long, letters only. */
function distinctiveWord(text: string): string {
  const words = text.match(/\p{L}{8,}/gu) ?? [];
  return words.sort((a, b) => b.length - a.length)[0] ?? text.split(/\s+/)[0]!;
}

/** Rows of the directory sample, read as plain CSV. */
const directoryRows = readdirSync(path.join(contentDir, 'directory'))
  .filter((file) => file.endsWith('.csv'))
  .flatMap(
    (file) =>
      parseCsv(readFileSync(path.join(contentDir, 'directory', file)), { columns: true }) as {
        id: string;
        name: string;
        municipality: string;
        sector_code: string;
        profile: string;
      }[],
  );

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await startStaticServer(inject('distDir'));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function newContext(): Promise<BrowserContext> {
  return browser.newContext({
    viewport: { width: 1280, height: 900 },
    reducedMotion: 'reduce',
    serviceWorkers: 'allow',
  });
}

/** Opens the site and waits until the service worker controls the page. */
async function openControlled(context: BrowserContext, urlPath: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${server.url}${urlPath}`);
  // Bounded, so a worker that never installs fails the test instead of hanging it.
  await page
    .waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 })
    .catch(() => expect.fail(`no service worker controls ${urlPath} after 20 s`));
  return page;
}

const heading = (page: Page) => page.textContent('h1').then((text) => text?.trim() ?? '');

describe('pages without a connection', () => {
  it('shows visited pages with a "saved copy" notice, and the offline page for the others', async () => {
    const context = await newContext();
    try {
      const page = await openControlled(context, '/en/');
      const errors = recordPageErrors(page);
      const centre = centres[0]!;
      await page.goto(`${server.url}/en/research-centres/`);
      await page.goto(`${server.url}/en/research-centres/${centre.id}/`);
      expect(await heading(page)).toBe(centre.name);

      await context.setOffline(true);
      await page.reload();
      expect(await heading(page)).toBe(centre.name);
      await page.waitForSelector('[data-offline-notice]:not([hidden])');
      expect(await page.textContent('[data-offline-notice]')).toMatch(
        /You are offline\. You are reading a copy saved on .*\d{4}/,
      );

      await page.click('nav[aria-label="Breadcrumbs"] a[href="/en/research-centres/"]');
      await page.waitForURL(/\/en\/research-centres\/$/);
      expect(await page.locator(`a[href="/en/research-centres/${centre.id}/"]`).count()).toBeGreaterThan(0);

      const unvisited = centres[1] ?? centre;
      await page.goto(`${server.url}/en/research-centres/${unvisited.id === centre.id ? '' : `${unvisited.id}/`}`);
      if (unvisited.id !== centre.id) {
        expect(await heading(page)).toBe('Offline reading');
        await page.waitForSelector('[data-visited-pages] a');
        expect(await page.textContent('[data-visited-pages]')).toContain(centre.name);
      }
      expect(errors().filter((error) => !error.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('a saved section', () => {
  it('can be read and searched offline, and removed again', async () => {
    const context = await newContext();
    try {
      const page = await openControlled(context, '/en/research-centres/');
      await page.reload();
      const save = page.locator('[data-save-button]');
      await save.waitFor({ state: 'visible' });
      expect(await save.textContent()).toMatch(/Save for offline use \(\d+(\.\d)? (kB|MB)\)/);
      await save.click();
      await page.waitForFunction(() =>
        /Section saved on/.test(document.querySelector('[data-save-status]')?.textContent ?? ''),
      );
      expect(await page.isVisible('[data-remove-button]')).toBe(true);

      await context.setOffline(true);
      const centre = centres.at(-1)!;
      await page.goto(`${server.url}/en/research-centres/${centre.id}/`);
      expect(await heading(page)).toBe(centre.name);

      const word = distinctiveWord(centre.description.en ?? centre.description.it ?? centre.name);
      await page.fill('#header-search', word);
      await page.press('#header-search', 'Enter');
      await page.waitForURL(/\/en\/search\/\?q=/);
      await page.waitForSelector(`[data-search-results] a[href^="/en/research-centres/${centre.id}/"]`);

      const offlinePage = await context.newPage();
      await offlinePage.goto(`${server.url}/en/offline/`);
      await offlinePage.waitForSelector('[data-saved-sections] a[href="/en/research-centres/"]');

      await context.setOffline(false);
      await page.goto(`${server.url}/en/research-centres/`);
      await page.click('[data-remove-button]');
      await page.waitForFunction(() => /removed/.test(document.querySelector('[data-save-status]')?.textContent ?? ''));
      expect(await page.isVisible('[data-save-button]')).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('saves one sector of the company directory: its pages and a search of them work offline', async () => {
    const row = directoryRows.find((candidate) => candidate.profile === '' && /^\p{L}{6,}/u.test(candidate.name))!;
    const division = row.sector_code.slice(0, 2);
    const rowPage = `/it/directory/places/${placeSlug(row.municipality)}/${division}/`;
    const context = await newContext();
    try {
      const page = await openControlled(context, `/it/directory/sectors/${division}/`);
      await page.reload();
      const save = page.locator('[data-save-button]');
      await save.waitFor({ state: 'visible' });
      await save.click();
      await page.waitForFunction(() =>
        /Sezione salvata/.test(document.querySelector('[data-save-status]')?.textContent ?? ''),
      );

      await context.setOffline(true);
      await page.goto(`${server.url}${rowPage}`);
      expect(await page.textContent(`[id="${row.id}"] h3`)).toBe(row.name);

      const word = row.name.match(/^\p{L}+/u)![0];
      await page.goto(`${server.url}/it/directory/search/?q=${encodeURIComponent(word)}`);
      await page.waitForSelector(`[data-search-results] a[href^="${rowPage}"][href$="#${row.id}"]`);

      const offlinePage = await context.newPage();
      await offlinePage.goto(`${server.url}/it/offline/`);
      await offlinePage.waitForSelector(`[data-saved-sections] a[href="/it/directory/sectors/${division}/"]`);
    } finally {
      await context.close();
    }
  });

  it('says so when search is not saved for offline use', async () => {
    const context = await newContext();
    try {
      const page = await openControlled(context, '/it/search/');
      await page.reload();
      await context.setOffline(true);
      await page.fill('#search-query', 'brevetto');
      await page.press('#search-query', 'Enter');
      await page.waitForSelector('[data-search-help]:not([hidden])');
      expect(await page.textContent('[data-search-help]')).toContain('Sei offline');
    } finally {
      await context.close();
    }
  });
});

describe('a new deployment', () => {
  let changedSite: string | undefined;
  const centre = centres[0]!;
  const marker = 'Zebrafinchcalibration';

  beforeAll(async () => {
    changedSite = await copySite('pmi-hub-deploy-');
    const file = path.join(changedSite, 'content', 'research-centres', `${centre.id}.yaml`);
    const document = parseDocument(await readFile(file, 'utf8'));
    document.setIn(['description', 'en'], `${String(document.getIn(['description', 'en']))} ${marker} laboratory.`);
    await writeFile(file, String(document));
    const build = await runAstroBuild(changedSite);
    if (build.code !== 0) throw new Error(`the changed site did not build:\n${build.output}`);
  }, 5 * 60_000);

  afterAll(async () => {
    if (changedSite) await rm(changedSite, { recursive: true, force: true });
  });

  it('is offered for reload, then shows the new content and a matching search index', async () => {
    const context = await newContext();
    const port = Number(new URL(server.url).port);
    try {
      const page = await openControlled(context, `/en/research-centres/${centre.id}/`);
      await page.reload();
      expect(await page.textContent('main')).not.toContain(marker);

      // Deploy: the same address now serves the changed build.
      await server.close();
      server = await startStaticServer(path.join(changedSite!, 'dist'), port);
      await page.reload();
      const prompt = page.locator('[data-update-prompt]');
      await prompt.waitFor({ state: 'visible', timeout: 30_000 });
      await Promise.all([page.waitForEvent('load'), prompt.locator('button').click()]);
      await page.waitForFunction((text) => document.querySelector('main')?.textContent?.includes(text), marker);

      await page.goto(`${server.url}/en/search/?q=${marker}`);
      await page.waitForSelector(`[data-search-results] a[href^="/en/research-centres/${centre.id}/"]`);
    } finally {
      await context.close();
      await server.close();
      server = await startStaticServer(inject('distDir'), port);
    }
  });
});

describe('installable app', () => {
  it.each(['it', 'en'])('the %s pages link a manifest with names, start page, colours and icons', async (lang) => {
    const context = await newContext();
    try {
      const page = await openControlled(context, `/${lang}/`);
      const href = await page.getAttribute('link[rel="manifest"]', 'href');
      expect(href).toBe(`/manifest.${lang}.webmanifest`);
      const manifest = (await (await fetch(`${server.url}${href}`)).json()) as Record<string, unknown> & {
        icons: { src: string; sizes: string; type: string; purpose?: string }[];
      };
      expect(manifest).toMatchObject({ lang, start_url: `/${lang}/`, display: 'standalone', scope: '/' });
      expect(String(manifest['name'])).toMatch(/PMI Network/);
      expect(manifest['theme_color']).toMatch(/^#[0-9a-f]{6}$/);
      for (const size of [192, 512]) {
        const icon = manifest.icons.find(
          (candidate) => candidate.sizes === `${size}x${size}` && candidate.purpose !== 'maskable',
        );
        expect(icon, `${size}px icon`).toBeDefined();
        const png = Buffer.from(await (await fetch(`${server.url}${icon!.src}`)).arrayBuffer());
        expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
      }
      expect(manifest.icons.some((icon) => icon.purpose === 'maskable')).toBe(true);
      expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(`${server.url}/sw.js`);
    } finally {
      await context.close();
    }
  });
});

describe('accessibility of the offline screens', () => {
  it.each(['/en/offline/', '/it/research-centres/'])('%s has no WCAG violations', async (urlPath) => {
    const context = await newContext();
    try {
      const page = await openControlled(context, urlPath);
      await page.reload();
      if (urlPath.includes('research-centres')) await page.waitForSelector('[data-save-button]:not([hidden])');
      else await page.waitForSelector('[data-visited-pages] li');
      const problems = describeViolations(await runAxe(page));
      expect(problems, problems.join('\n')).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
