/** What the entry cards share besides Card.astro itself. */
import { pickLocalized, pickTranslation, type Locale, type LocalizedText } from '#i18n';
import { entryPath, type EntrySection } from '#routes';

/** What every entry card takes besides its entry. */
export interface CardOptions {
  locale: Locale;
  headingLevel?: 2 | 3 | undefined;
}

/**
 * Link, name and description of an organisation's card, with the card's options; its description
 * is long, so it is clamped.
 */
export function profileCard(
  section: 'companies' | 'researchCentres',
  profile: { id: string; name: string; description: LocalizedText },
  { locale, headingLevel }: CardOptions,
) {
  return {
    href: entryPath(locale, section, profile.id),
    title: profile.name,
    summary: pickLocalized(profile.description, locale),
    clamp: true,
    headingLevel,
  };
}

/**
 * Link, title and summary of the card of an entry written once per language (a guide, a story),
 * with the card's options: the page's language when it has that translation, else the other one,
 * marked with its lang.
 */
export function translatedCard<Data extends { title: string; summary: string }>(
  section: EntrySection,
  entry: { slug: string; translations: Partial<Record<Locale, { data: Data }>> },
  { locale, headingLevel }: CardOptions,
) {
  const { entry: translation, lang, isFallback } = pickTranslation(entry.translations, locale);
  const card = {
    href: entryPath(locale, section, entry.slug),
    title: translation.data.title,
    lang: isFallback ? lang : undefined,
    summary: translation.data.summary,
    headingLevel,
  };
  return { card, data: translation.data };
}
