/** The breadcrumb trail of a page, from its path: home, then the section, then the page. */
import type { Crumb } from './json-ld.ts';

/**
 * `sections` names the sections whose entries have pages of their own (by path segment); the
 * trail of /it/companies/x/ is Home › Imprese › <title>, that of /it/about/ is Home › <title>.
 */
export function breadcrumbTrail({
  path,
  title,
  home,
  sections,
  absolute,
}: {
  path: string;
  title: string;
  home: string;
  sections: Readonly<Record<string, string>>;
  absolute: (path: string) => string;
}): Crumb[] {
  const [lang, section, entry] = path.split('/').filter(Boolean);
  if (!lang) return [];
  const trail: Crumb[] = [{ name: home, url: absolute(`/${lang}/`) }];
  if (!section) return trail;
  const sectionLabel = sections[section];
  if (entry && sectionLabel) trail.push({ name: sectionLabel, url: absolute(`/${lang}/${section}/`) });
  trail.push({ name: title, url: absolute(path) });
  return trail;
}
