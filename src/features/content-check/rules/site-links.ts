import { locales, type Locale } from '#i18n/locales.ts';
import { closestMatch } from '#schemas/closest-match.ts';
import { ipSectionPages, standingPageSlugs } from '../content-kinds.ts';
import type { ContentContext } from '../context.ts';
import { defineRule } from '../rule.ts';
import { languageNames } from '../translations.ts';

const isLocale = (value: string | undefined): value is Locale => (locales as readonly string[]).includes(value ?? '');

const messages = {
  noLanguage: (url: string, lang: Locale | undefined, pathname: string) =>
    `the link "${url}" has no language: write /${lang ?? 'it'}${pathname}`,
  otherLanguage: (url: string, target: Locale, lang: Locale, rest: string) =>
    `the link "${url}" leads to the ${languageNames[target]} site from the ${languageNames[lang]} version: write /${lang}/${rest} (readers switch language with the button at the top)`,
  missingPage: (url: string, base: string, id: string, hint: string | undefined) =>
    `the link "${url}" leads to a page that does not exist: there is no "${id}" in ${base}${hint ? ` (did you mean ${base}${hint}/?)` : ''}`,
  noSlash: (url: string, page: string) => `the link "${url}" needs a / at the end: ${page}`,
};

/** The ids each section of the site shows, by its address segment. */
function sectionIds({ idsByKind, vocabularies }: ContentContext): Record<string, ReadonlySet<string>> {
  return {
    'case-studies': idsByKind.get('caseStudies')!,
    ip: idsByKind.get('ipGuides')!,
    companies: idsByKind.get('companies')!,
    'research-centres': idsByKind.get('researchCentres')!,
    calls: idsByKind.get('calls')!,
    requests: idsByKind.get('requests')!,
    expertise: new Set(vocabularies.vocabulary.expertiseAreas),
  };
}

export const siteLinks = defineRule({
  id: 'site-links',
  summary: {
    en: 'Links to pages of the site name their language, stay in the language of the text and lead to a page that exists',
    it: 'I link a pagine del sito indicano la lingua, restano nella lingua del testo e portano a una pagina che esiste',
  },
  fixtures: ['mdx-link-to-missing-page', 'mdx-link-to-other-language'],
  messages,
  check(context, report) {
    const sections = sectionIds(context);
    for (const entry of context.entries) {
      for (const { url, line } of entry.outline?.links ?? []) {
        if (!url.startsWith('/') || url.startsWith('//')) continue;
        const pathname = url.split(/[?#]/)[0]!;
        const segments = pathname.split('/').filter(Boolean);
        const [first, section, id] = segments;
        if (!isLocale(first)) {
          if (first && (sections[first] || (standingPageSlugs as readonly string[]).includes(first))) {
            report('error', entry.file, line, messages.noLanguage(url, entry.lang, pathname));
          }
          continue;
        }
        if (entry.lang && first !== entry.lang) {
          const rest = `${segments.slice(1).join('/')}${pathname.endsWith('/') ? '/' : ''}`;
          report('error', entry.file, line, messages.otherLanguage(url, first, entry.lang, rest));
          continue;
        }
        if (section === 'ip' && (ipSectionPages as readonly string[]).includes(id ?? '')) continue;
        const known = section ? sections[section] : undefined;
        if (!known || !id || segments.length !== 3) continue;
        if (!known.has(id)) {
          const hint = closestMatch(id, [...known]);
          report('error', entry.file, line, messages.missingPage(url, `/${first}/${section}/`, id, hint));
        } else if (!pathname.endsWith('/')) {
          report('error', entry.file, line, messages.noSlash(url, `/${first}/${section}/${id}/`));
        }
      }
    }
  },
});
