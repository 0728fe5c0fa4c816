/**
 * axe-core (WCAG 2.2 AA rules) on one page of every template in both languages, in light and
 * dark colour schemes, at desktop and phone widths. Console errors and page errors fail too.
 *
 * By default every template is checked in both languages in the light scheme at desktop width,
 * and in one language each (Italian and English in turn) in the dark scheme and at phone width:
 * every template meets every variant, at about two thirds of the full sweep's time.
 * FULL_A11Y=1 checks every page of the sample in every variant.
 */
import type { BrowserContext } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { describeViolations, runAxe } from '../support/axe.ts';
import { recordPageErrors } from '#scripts/support/browser.ts';
import { contentDir } from '#scripts/support/paths.ts';
import { useServedSite } from '../support/served-site.ts';
import { expectedPages, onePagePerTemplate, readSiteContent, type ExpectedPage } from '#scripts/support/site-map.ts';

const samples = onePagePerTemplate(expectedPages(readSiteContent(contentDir)));
const homes = samples.filter((page) => page.template === 'home' || page.template === 'language-chooser');
const full = process.env['FULL_A11Y'] === '1';

/** One language per template, alternating from template to template; `shift` starts on the other one. */
function oneLanguageEach(pages: readonly ExpectedPage[], shift: 0 | 1): ExpectedPage[] {
  const templates = [...new Set(pages.map((page) => page.template))];
  return pages.filter((page) => {
    const sameTemplate = pages.filter((other) => other.template === page.template);
    if (sameTemplate.length === 1) return true;
    const turn = (templates.indexOf(page.template) + shift) % sameTemplate.length;
    return sameTemplate[turn] === page;
  });
}

interface Variant {
  colorScheme: 'light' | 'dark';
  width: number;
  pages: ExpectedPage[];
}

// Every template at desktop width in both schemes and at phone width in light; the phone + dark
// combination only on the entry pages, to keep the run short on two cores.
const variants: Variant[] = [
  { colorScheme: 'light', width: 1280, pages: samples },
  { colorScheme: 'dark', width: 1280, pages: full ? samples : oneLanguageEach(samples, 0) },
  { colorScheme: 'light', width: 375, pages: full ? samples : oneLanguageEach(samples, 1) },
  { colorScheme: 'dark', width: 375, pages: full ? samples : homes },
];

const site = useServedSite();

for (const { colorScheme, width, pages } of variants) {
  describe(`${colorScheme} colour scheme, ${width} px wide`, () => {
    // Opened by the first test rather than in beforeAll, so a browser that cannot start makes
    // every test fail instead of being skipped.
    let context: Promise<BrowserContext> | undefined;
    const openContext = () =>
      (context ??= site.browser.newContext({
        colorScheme,
        viewport: { width, height: 900 },
        // Colour transitions must not be caught half-way by the contrast checks.
        reducedMotion: 'reduce',
      }));

    afterAll(async () => {
      const opened = await context?.catch(() => undefined);
      await opened?.close();
    });

    for (const { template, path } of pages) {
      it(`${template} ${path} has no WCAG violations and no errors`, async () => {
        const page = await (await openContext()).newPage();
        try {
          const errors = recordPageErrors(page);
          const response = await page.goto(`${site.url}${path}`, { waitUntil: 'load' });
          if (response?.status() !== 200)
            expect.fail(`${path} was served with status ${response?.status()}, expected 200`);
          const problems = [...describeViolations(await runAxe(page)), ...errors()];
          if (problems.length > 0) {
            expect.fail(
              `${path} (${colorScheme}, ${width}px) has ${problems.length} problems:\n  - ${problems.join('\n  - ')}`,
            );
          }
        } finally {
          await page.close();
        }
      });
    }
  });
}
