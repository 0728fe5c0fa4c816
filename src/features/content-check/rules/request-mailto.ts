import { encodedBodyLength, interestMessage, MAILTO_BODY_LIMIT } from '#features/contact/index.ts';
import { locales } from '#i18n/locales.ts';
import { entryPath } from '#routes';
import { defineRule } from '../rule.ts';

/** The public origin the pages' addresses start with, as in astro.config.mjs. */
const siteOrigin = process.env['SITE_URL'] ?? 'https://hub.pmi-network.eu';

const messages = {
  tooLong: (lang: string, length: number) =>
    `field "title.${lang}": the "Express interest" message that names this title is ${length} characters once encoded in the mailto: link; at most ${MAILTO_BODY_LIMIT} open reliably in every mail program: shorten the title`,
};

export const requestMailto = defineRule({
  id: 'request-mailto',
  summary: {
    en: `The "Express interest" message of a request, as its page writes it, fits a mailto: link (${MAILTO_BODY_LIMIT} characters encoded)`,
    it: `Il messaggio di "Esprimi interesse" di una richiesta, come lo scrive la sua pagina, sta in un link mailto: (${MAILTO_BODY_LIMIT} caratteri codificati)`,
  },
  fixtures: ['request-mailto-too-long'],
  messages,
  check({ entries }, report) {
    for (const entry of entries) {
      if (entry.kind !== 'requests') continue;
      const title = entry.fields['title'] as Partial<Record<string, string>> | undefined;
      if (!title) continue;
      for (const locale of locales) {
        // The page shows the other language's title when this one is missing.
        const text = title[locale] ?? title[locale === 'it' ? 'en' : 'it'];
        if (text === undefined || title[locale] === undefined) continue;
        const url = new URL(entryPath(locale, 'requests', entry.id), siteOrigin).href;
        const length = encodedBodyLength(interestMessage(locale, { title: text, url, request: true }));
        if (length > MAILTO_BODY_LIMIT) {
          report('error', entry.file, entry.source?.lineOf(['title', locale]), messages.tooLong(locale, length));
        }
      }
    }
  },
});
