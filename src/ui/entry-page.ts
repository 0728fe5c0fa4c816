/** What the pages of single entries (a company, a centre, a story, an expertise area) start from. */
import { locales, useTranslations, type Locale } from '#i18n';
import { sectionPath, type EntrySection } from '#routes';

/**
 * getStaticPaths() of a page per entry and language, e.g. /it/companies/[id]/: `params` names the
 * entry in the URL; the entry itself and the page's language reach the page as the props `entry`
 * and `locale`.
 */
export function entryPaths<Entry, Params extends Record<string, string>>(
  entries: readonly Entry[],
  params: (entry: Entry) => Params,
): { params: { lang: Locale } & Params; props: { entry: Entry; locale: Locale } }[] {
  return locales.flatMap((locale) =>
    entries.map((entry) => ({ params: { lang: locale, ...params(entry) }, props: { entry, locale } })),
  );
}

/** The breadcrumb trail above an entry: home, then the section the entry belongs to. */
export function sectionTrail(locale: Locale, section: EntrySection): { label: string; href: string }[] {
  const t = useTranslations(locale);
  return [
    { label: t['nav.home'], href: sectionPath(locale, 'home') },
    { label: t[`nav.${section}`], href: sectionPath(locale, section) },
  ];
}
