/**
 * "Get in touch" in a real browser, both languages: on a centre that publishes an address and on
 * one that does not, the box passes axe at phone width, the link opens the visitor's own mail program with a subject and body that
 * name the page, and following it loads nothing from another host and sets no cookie.
 */
import { describe, expect, it } from 'vitest';
import { siteConfig } from '#site-config';
import { recordPageErrors } from '#scripts/support/browser.ts';
import { languages } from '#scripts/support/site-map.ts';
import { describeViolations, runAxe } from '../support/axe.ts';
import { useServedSite } from '../support/served-site.ts';

const site = useServedSite();

/** ISEA publishes its institute's address; SUPSI as a whole has none in its entry. */
const samples = [
  { id: 'supsi-isea', to: 'dir.isea@supsi.ch' },
  { id: 'supsi', to: siteConfig.deskEmail },
] as const;

describe('get in touch', () => {
  for (const language of languages) {
    for (const sample of samples) {
      const urlPath = `/${language}/research-centres/${sample.id}/`;
      it(`${urlPath} writes to ${sample.to}, naming the page, and calls no other host`, async () => {
        const context = await site.browser.newContext({
          viewport: { width: 375, height: 800 },
          reducedMotion: 'reduce',
        });
        const elsewhere: string[] = [];
        await context.route('**/*', (route) => {
          const url = new URL(route.request().url());
          if (url.hostname === '127.0.0.1') return route.continue();
          elsewhere.push(url.href);
          return route.abort();
        });
        try {
          const page = await context.newPage();
          const errors = recordPageErrors(page);
          await page.goto(`${site.url}${urlPath}`, { waitUntil: 'load' });
          const link = page.locator('[data-contact-mailto]');
          expect(await link.count()).toBe(1);
          const title = (await page.locator('h1').innerText()).trim();
          const mail = new URL((await link.getAttribute('href')) ?? '');
          expect(mail.protocol).toBe('mailto:');
          expect(decodeURIComponent(mail.pathname)).toBe(sample.to);
          expect(mail.searchParams.get('subject')).toContain(title);
          const body = mail.searchParams.get('body') ?? '';
          expect(body).toContain(title);
          const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
          expect(canonical).toMatch(new RegExp(`^https://[^/]+${urlPath}$`));
          expect(body).toContain(canonical);
          // The box with its phone and source stays accessible at phone width.
          expect(describeViolations(await runAxe(page))).toEqual([]);
          // The address is shown beside the link, for visitors without a mail program.
          await expect(page.locator('.get-in-touch').innerText()).resolves.toContain(sample.to);

          // Reached by keyboard and followed: the mail program's business, not the site's.
          await link.focus();
          await page.keyboard.press('Enter');
          await page.waitForTimeout(300);
          expect(new URL(page.url()).pathname).toBe(urlPath);
          expect(elsewhere).toEqual([]);
          expect(await context.cookies()).toEqual([]);
          expect(errors()).toEqual([]);
        } finally {
          await context.close();
        }
      });
    }
  }
});
