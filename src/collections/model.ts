/**
 * The plain shapes the domain logic works on. Astro entries carry more; the domain logic only needs these
 * fields, which keeps it testable without Astro.
 */
export interface StoryFacts {
  slug: string;
  date: Date;
  sectors: readonly string[];
  expertise: readonly string[];
  companies: readonly string[];
  researchCentres: readonly string[];
}

export interface CompanyFacts {
  id: string;
  sectors: readonly string[];
  capabilities: readonly string[];
  offers: readonly { expertise: readonly string[] }[];
  seeks: readonly { expertise: readonly string[] }[];
}

export interface CentreFacts {
  id: string;
  expertise: readonly string[];
  sectors?: readonly string[] | undefined;
  /** Parent organisations with an entry of their own. */
  parentIds?: readonly string[] | undefined;
}

/** Newest first; equal dates by slug so the order never depends on file-system order. */
export function byDateDescending(a: StoryFacts, b: StoryFacts): number {
  return b.date.getTime() - a.date.getTime() || a.slug.localeCompare(b.slug);
}
