/**
 * The slugs of the IP guides, read from the file names in content/ip-guides/{it,en}/, so that
 * data files pointing at a guide (the comparison table) can be checked before any page renders.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { locales } from '#i18n/locales.ts';

export function readGuideSlugs(contentDir: string): string[] {
  const slugs = new Set<string>();
  for (const locale of locales) {
    const folder = path.join(contentDir, 'ip-guides', locale);
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder)) {
      if (name.endsWith('.mdx') && !name.startsWith('_')) slugs.add(name.slice(0, -'.mdx'.length));
    }
  }
  return [...slugs].sort();
}
