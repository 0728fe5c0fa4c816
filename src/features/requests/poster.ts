/** Who posted a request, as a name and, for an organisation of the catalogue, its page. */
import type { RequestRecord } from '#collections/requests.ts';
import { useTranslations, type Locale } from '#i18n';
import { entryPath } from '#routes';

export function posterOf(request: RequestRecord, locale: Locale): { name: string; href: string | undefined } {
  const { poster } = request;
  if (poster.kind === 'company')
    return { name: poster.company.name, href: entryPath(locale, 'companies', poster.company.id) };
  if (poster.kind === 'research-centre')
    return { name: poster.centre.name, href: entryPath(locale, 'researchCentres', poster.centre.id) };
  return { name: useTranslations(locale)['requests.desk'], href: undefined };
}
