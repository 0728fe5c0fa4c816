/**
 * The search vocabulary shared by the pages (which tag themselves for Pagefind) and the search
 * screens (which read and write the same keys in the URL). Values are ids, never labels, so a
 * search link works in both languages; the screens show labels from a per-language dictionary.
 */
export const filterKeys = [
  'type',
  'sector',
  'expertise',
  'country',
  'region',
  'municipality',
  'size',
  'trl',
  'funding',
  'ipTopic',
] as const;
export type FilterKey = (typeof filterKeys)[number];

export const entryTypes = [
  'research-centre',
  'company',
  'case-study',
  'ip-guide',
  'expertise',
  'page',
  'directory',
  'call',
  'request',
] as const;
export type EntryType = (typeof entryTypes)[number];

export type SearchFilters = Partial<Record<FilterKey, string[]>>;

/** What one page tells Pagefind about itself beyond its text. */
export interface SearchFields {
  type: EntryType;
  filters: SearchFilters;
  /** Shown on result cards; `title` comes from the page's h1. */
  meta: { summary?: string; place?: string; date?: string; image?: string; imageAlt?: string };
  /** ISO date for "newest first". */
  sortDate?: string | undefined;
}

export function isFilterKey(value: string): value is FilterKey {
  return (filterKeys as readonly string[]).includes(value);
}
