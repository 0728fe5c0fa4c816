/**
 * axe-core (WCAG 2.2 AA rules) on one page of every template in both languages, in light and
 * dark colour schemes, at desktop and phone widths. Console errors and page errors fail too.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { describeViolations, runAxe } from '../support/axe.ts';
import { launchBrowser, recordPageErrors } from '../support/browser.ts';
import { contentDir } from '../support/paths.ts';
import { expectedPages, onePagePerTemplate, readSiteContent, type ExpectedPage } from '../support/site-map.ts';
import { startStaticServer, type StaticServer } from '../support/static-server.ts';

const samples = onePagePerTemplate(expectedPages(readSiteContent(contentDir)));
const homes = samples.filter((page) => page.template === 'home' || page.template === 'language-chooser');

interface Variant {
  colorScheme: 'light' | 'dark';
  width: number;
  pages: ExpectedPage[];
}

// Every template at desktop width in both schemes and at phone width in light; the phone + dark
// combination only on the entry pages, to keep the run short on two cores.
const variants: Variant[] = [
  { colorScheme: 'light', width: 1280, pages: samples },
  { colorScheme: 'dark', width: 1280, pages: samples },
  { colorScheme: 'light', width: 375, pages: samples },
  { colorScheme: 'dark', width: 375, pages: homes },
];

let server: StaticServer | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  server = await startStaticServer(inject('distDir'));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

for (const { colorScheme, width, pages } of variants) {
  describe(`${colorScheme} colour scheme, ${width} px wide`, () => {
    let context: BrowserContext | undefined;

    beforeAll(async () => {
      if (!browser) throw new Error('the browser did not start');
      context = await browser.newContext({
        colorScheme,
        viewport: { width, height: 900 },
        // Colour transitions must not be caught half-way by the contrast checks.
        reducedMotion: 'reduce',
      });
    });

    afterAll(async () => {
      await context?.close();
    });

    for (const { template, path } of pages) {
      it(`${template} ${path} has no WCAG violations and no errors`, async () => {
        const page = await context!.newPage();
        try {
          const errors = recordPageErrors(page);
          const response = await page.goto(`${server!.url}${path}`, { waitUntil: 'load' });
          if (response?.status() !== 200) expect.fail(`${path} was served with status ${response?.status()}, expected 200`);
          const problems = [...describeViolations(await runAxe(page)), ...errors()];
          if (problems.length > 0) {
            expect.fail(`${path} (${colorScheme}, ${width}px) has ${problems.length} problems:\n  - ${problems.join('\n  - ')}`);
          }
        } finally {
          await page.close();
        }
      });
    }
  });
}
