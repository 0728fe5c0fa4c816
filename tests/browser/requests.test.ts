/**
 * "Express interest" on a request of the board, in a real browser and in both languages: the
 * mailto: link's subject and body, decoded, name the request by the title the page shows and
 * give the page's address, so the poster (or the desk) knows which request the mail is about.
 */
import { describe, expect, it } from 'vitest';
import { contentDir } from '#scripts/support/paths.ts';
import { expectedPages, languages, readSiteContent } from '#scripts/support/site-map.ts';
import { useServedSite } from '../support/served-site.ts';

const pages = expectedPages(readSiteContent(contentDir));
const site = useServedSite();

describe.each(languages)('Express interest on a request page, in %s', (language) => {
  const request = pages.find((page) => page.template === 'request' && page.language === language);

  it('opens a message whose subject and body name the request and its page', async () => {
    if (!request) throw new Error('no request page is expected: content/requests/ is empty');
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      await page.goto(`${site.url}${request.path}`, { waitUntil: 'load' });
      const title = (await page.locator('h1').innerText()).trim();
      const link = page.locator('a[data-contact-mailto]');
      await expect.poll(() => link.isVisible()).toBe(true);
      expect((await link.innerText()).trim()).toBe(language === 'it' ? 'Esprimi interesse' : 'Express interest');
      const href = (await link.getAttribute('href')) ?? '';
      expect(href.startsWith('mailto:')).toBe(true);
      const query = new URLSearchParams(href.slice(href.indexOf('?') + 1));
      const subject = query.get('subject') ?? '';
      const body = (query.get('body') ?? '').replace(/\r\n/g, '\n');
      expect(subject).toBe(
        language === 'it'
          ? `PMI Network – interesse per la richiesta: ${title}`
          : `PMI Network – interest in the request: ${title}`,
      );
      expect(body).toContain(language === 'it' ? `per la richiesta «${title}»` : `about the request “${title}”`);
      expect(body).toContain(`https://hub.pmi-network.eu${request.path}`);
    } finally {
      await context.close();
    }
  });
});
