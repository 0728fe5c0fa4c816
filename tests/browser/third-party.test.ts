/**
 * Every page template in both languages loads nothing from any other host, breaks no rule of
 * its Content Security Policy and logs no error — with search and the service worker running.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { recordPageErrors } from '#scripts/support/browser.ts';
import { contentDir } from '#scripts/support/paths.ts';
import { useServedSite } from '../support/served-site.ts';
import { expectedPages, onePagePerTemplate, readSiteContent } from '#scripts/support/site-map.ts';

const site = useServedSite();
const samples = onePagePerTemplate(expectedPages(readSiteContent(contentDir)));

declare global {
  interface Window {
    cspViolations?: string[];
  }
}

/** A context that lets through only the local server and records everything else it stops. */
async function guardedContext(): Promise<{ context: BrowserContext; blocked: string[] }> {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  const blocked: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1') return route.continue();
    blocked.push(url.href);
    return route.abort();
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window.cspViolations ??= []).push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });
  return { context, blocked };
}

async function check(page: Page, blocked: string[], errors: () => string[], where: string) {
  const violations = await page.evaluate(() => window.cspViolations ?? []);
  const problems = [
    ...blocked.map((url) => `request to another host: ${url}`),
    ...violations.map((violation) => `CSP violation: ${violation}`),
    ...errors(),
  ];
  if (problems.length > 0) expect.fail(`${where}:\n  - ${problems.join('\n  - ')}`);
}

describe('no third-party requests, no CSP violations', () => {
  for (const { template, path } of samples) {
    it(`${template} ${path}`, async () => {
      const { context, blocked } = await guardedContext();
      try {
        const page = await context.newPage();
        const errors = recordPageErrors(page);
        await page.goto(`${site.url}${path}`, { waitUntil: 'load' });
        // Give the service worker time to install and precache under the policy.
        await page
          .waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 15_000 })
          .catch(() => undefined);
        await check(page, blocked, errors, path);
      } finally {
        await context.close();
      }
    });
  }

  it.each(['it', 'en'])('search runs under the policy in %s (Pagefind worker and WebAssembly)', async (lang) => {
    const { context, blocked } = await guardedContext();
    try {
      const page = await context.newPage();
      const errors = recordPageErrors(page);
      await page.goto(`${site.url}/${lang}/search/?q=Lecco`, { waitUntil: 'load' });
      await page.waitForSelector('[data-search-results] .result');
      await check(page, blocked, errors, `/${lang}/search/?q=Lecco`);
    } finally {
      await context.close();
    }
  });
});
