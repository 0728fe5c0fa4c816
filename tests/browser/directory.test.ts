/**
 * The company directory in a real browser: its own search index (kept apart from the hub's),
 * results that lead to a company's row, filters, and the links between a curated profile and
 * its directory row.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import type { Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { describeViolations, runAxe } from '../support/axe.ts';
import { recordPageErrors } from '#scripts/support/browser.ts';
import { contentDir } from '#scripts/support/paths.ts';
import { useServedSite } from '../support/served-site.ts';
import { placeSlug } from '#scripts/support/site-map.ts';

const site = useServedSite();

interface Row {
  id: string;
  name: string;
  country: string;
  municipality: string;
  sector_code: string;
  size: string;
  profile: string;
}

const rows: Row[] = readdirSync(path.join(contentDir, 'directory'))
  .filter((file) => file.endsWith('.csv'))
  .flatMap((file) => parseCsv(readFileSync(path.join(contentDir, 'directory', file)), { columns: true }) as Row[]);

const rowUrl = (language: string, row: Row) =>
  `/${language}/directory/places/${placeSlug(row.municipality)}/${row.sector_code.slice(0, 2)}/#${row.id}`;

/** Opens a page in a fresh context and records every request, including the search worker's. */
async function withPage(urlPath: string, check: (page: Page, requests: string[]) => Promise<void>) {
  // No service worker: it would precache the search core of the hub on every page.
  const context = await site.browser.newContext({
    viewport: { width: 1280, height: 900 },
    reducedMotion: 'reduce',
    serviceWorkers: 'block',
  });
  const requests: string[] = [];
  // Context-level events also see the requests of Pagefind's Web Worker.
  context.on('request', (request: Request) => requests.push(new URL(request.url()).pathname));
  try {
    const page = await context.newPage();
    const errors = recordPageErrors(page);
    await page.goto(`${site.url}${urlPath}`, { waitUntil: 'load' });
    await check(page, requests);
    expect(errors(), 'console or page errors').toEqual([]);
  } finally {
    await context.close();
  }
}

async function settled(page: Page) {
  await page.waitForFunction(() => {
    const status = document.querySelector('[data-search-status]')?.textContent ?? '';
    const list = document.querySelector('[data-search-results]');
    return /\d/.test(status) && list?.getAttribute('aria-busy') !== 'true';
  });
}

describe('company directory', () => {
  it('has rows, some linked to curated profiles', () => {
    expect(rows.length).toBeGreaterThan(100);
    expect(rows.filter((row) => row.profile !== '').length).toBeGreaterThan(10);
  });

  it('finds a company by name and leads to its row', async () => {
    const row = rows.find((candidate) => candidate.profile === '' && candidate.name.split(' ')[0]!.length > 5)!;
    const word = row.name.split(' ')[0]!;
    await withPage(`/it/directory/search/?q=${encodeURIComponent(word)}`, async (page) => {
      await settled(page);
      const links = await page.$$eval('[data-search-results] .result-sections a', (anchors) =>
        // The address without the words to highlight (?highlight=…).
        anchors.map((anchor) => (anchor as HTMLAnchorElement).pathname + (anchor as HTMLAnchorElement).hash),
      );
      expect(links).toContain(rowUrl('it', row));
      // The link carries the words to highlight (?highlight=…) between the page and the row.
      const [rowPage, rowId] = rowUrl('it', row).split('#') as [string, string];
      await page.click(`[data-search-results] .result-sections a[href^="${rowPage}"][href$="#${rowId}"]`);
      await page.waitForURL((url) => url.pathname + url.hash === rowUrl('it', row));
      const target = await page.$eval(':target', (element) => ({
        id: element.id,
        name: element.querySelector('h3')?.textContent?.trim(),
      }));
      expect(target).toEqual({ id: row.id, name: row.name });
    });
  });

  it('narrows results with the filters in the URL', async () => {
    const row = rows.find((candidate) => candidate.country === 'CH')!;
    const division = row.sector_code.slice(0, 2);
    const expected = rows.filter(
      (candidate) => candidate.country === 'CH' && candidate.sector_code.startsWith(`${division}.`),
    );
    await withPage(`/en/directory/search/?country=CH&sector=${division}`, async (page) => {
      await settled(page);
      // Each result is a group of companies of one municipality's page for that sector, all in Ticino.
      const cards = await page.$$eval('[data-search-results] .result-title a', (anchors) =>
        // The address without the words to highlight (?highlight=…).
        anchors.map((anchor) => (anchor as HTMLAnchorElement).pathname + (anchor as HTMLAnchorElement).hash),
      );
      expect(cards.length).toBeGreaterThan(0);
      for (const href of cards)
        expect(href).toMatch(new RegExp(`^/en/directory/places/[a-z0-9-]+/${division}/#(lc|ti)-\\d{6}$`));
      const places = new Set(expected.map((candidate) => placeSlug(candidate.municipality)));
      for (const href of cards) expect(places.has(href.split('/')[4]!)).toBe(true);
      const country = await page.$$eval('input[name="country"]:checked', (boxes) =>
        boxes.map((box) => (box as HTMLInputElement).value),
      );
      expect(country).toEqual(['CH']);
    });
  });

  it('shows results first, then facet counts that add up to them', async () => {
    await withPage('/it/directory/search/?q=srl', async (page) => {
      await settled(page);
      await page.waitForSelector('input[name="country"] + label .facet-count');
      const counts = await page.$$eval('input[name="country"] + label .facet-count', (spans) =>
        spans.map((span) => Number(/\d+/.exec(span.textContent ?? '')?.[0])),
      );
      const status = await page.textContent('[data-search-status]');
      const total = Number(/\d+/.exec(status ?? '')?.[0]);
      expect(total).toBeGreaterThan(0);
      expect(counts.reduce((sum, count) => sum + count, 0)).toBe(total);
    });
  });

  it('never downloads the directory index for a search of the hub, nor the hub index for the directory', async () => {
    await withPage('/it/search/?q=tessile', async (page, requests) => {
      await settled(page);
      expect(requests.some((url) => url.startsWith('/pagefind/'))).toBe(true);
      expect(requests.filter((url) => url.startsWith('/pagefind-directory/'))).toEqual([]);
    });
    await withPage('/it/directory/search/?q=tessile', async (page, requests) => {
      await settled(page);
      expect(requests.some((url) => url.startsWith('/pagefind-directory/'))).toBe(true);
      expect(requests.filter((url) => url.startsWith('/pagefind/'))).toEqual([]);
    });
  });

  it('links a curated profile and its directory row both ways', async () => {
    const row = rows.find((candidate) => candidate.profile !== '')!;
    await withPage(`/en/companies/${row.profile}/`, async (page) => {
      const href = await page.$eval(`a[href$="#${row.id}"]`, (anchor) => anchor.getAttribute('href'));
      expect(href).toBe(rowUrl('en', row));
      await page.click(`a[href$="#${row.id}"]`);
      await page.waitForURL(`**${rowUrl('en', row)}`);
      const back = await page.$eval(`#${row.id} a[href="/en/companies/${row.profile}/"]`, (anchor) =>
        anchor.textContent?.trim(),
      );
      expect(back).toBe('Full profile');
    });
  });

  it('passes axe with results on screen', async () => {
    await withPage('/it/directory/search/?q=srl', async (page) => {
      await settled(page);
      const violations = await runAxe(page);
      expect(violations, describeViolations(violations).join('\n')).toEqual([]);
    });
  });
});
