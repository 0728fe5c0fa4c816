/**
 * Build-time matching between what companies need and what research centres and other
 * companies can do, with the reason for every match.
 *
 * Score of a match = 3 × (expertise areas shared between a need and an offer)
 *                  + 1 × (sectors both sides work in).
 * A match needs at least one shared expertise area: a shared sector alone says nothing about
 * whether one side can help the other. Ties are broken by id so the order is stable.
 *
 * Similar stories are scored the same way on the expertise and sectors they share, plus
 * PARTNER_WEIGHT for each company or research centre they have in common; a shared partner
 * alone is enough to relate two stories.
 */
import type { CentreFacts, CompanyFacts, StoryFacts } from '#collections/model.ts';

export const EXPERTISE_WEIGHT = 3;
export const SECTOR_WEIGHT = 1;
export const PARTNER_WEIGHT = 2;

/**
 * How many matches an entry's page shows of each kind: the best few, since with dozens of
 * profiles a complete list would bury the useful ones. Six fill whole rows of the card grid
 * at one, two and three columns.
 */
export const MATCHES_SHOWN = 6;

export interface Match<T> {
  item: T;
  score: number;
  /** Why the match was made: the expertise areas and sectors the two sides share. */
  shared: { expertise: string[]; sectors: string[] };
}

export interface StoryMatch<S> extends Match<S> {
  /** Companies and research centres both stories involve. */
  sharedPartners: string[];
}

function intersection(a: Iterable<string>, b: Iterable<string>): string[] {
  const right = new Set(b);
  return [...new Set(a)].filter((value) => right.has(value)).sort();
}

/** What a company is looking for. */
export function needsOf(company: CompanyFacts): string[] {
  return [...new Set(company.seeks.flatMap((need) => need.expertise))];
}

/** What a company can do for others. */
export function strengthsOf(company: CompanyFacts): string[] {
  return [...new Set([...company.capabilities, ...company.offers.flatMap((offer) => offer.expertise)])];
}

function match<T>(item: T, expertise: string[], sectors: string[]): Match<T> | undefined {
  if (expertise.length === 0) return undefined;
  return {
    item,
    score: EXPERTISE_WEIGHT * expertise.length + SECTOR_WEIGHT * sectors.length,
    shared: { expertise, sectors },
  };
}

function ranked<T extends { id: string }>(matches: (Match<T> | undefined)[]): Match<T>[] {
  return matches
    .filter((m): m is Match<T> => m !== undefined)
    .sort((a, b) => b.score - a.score || a.item.id.localeCompare(b.item.id));
}

/** Research centres whose expertise covers what the company seeks. */
export function centresForCompany<R extends CentreFacts>(company: CompanyFacts, centres: readonly R[]): Match<R>[] {
  const needs = needsOf(company);
  return ranked(
    centres.map((centre) =>
      match(centre, intersection(needs, centre.expertise), intersection(company.sectors, centre.sectors ?? [])),
    ),
  );
}

/** Companies that seek what the centre offers. */
export function companiesForCentre<C extends CompanyFacts>(centre: CentreFacts, companies: readonly C[]): Match<C>[] {
  return ranked(
    companies.map((company) =>
      match(
        company,
        intersection(needsOf(company), centre.expertise),
        intersection(company.sectors, centre.sectors ?? []),
      ),
    ),
  );
}

/** Other companies that can do what this one seeks, or that seek what this one can do. */
export function complementaryCompanies<C extends CompanyFacts>(
  company: CompanyFacts,
  companies: readonly C[],
): Match<C>[] {
  const needs = needsOf(company);
  const strengths = strengthsOf(company);
  return ranked(
    companies
      .filter((other) => other.id !== company.id)
      .map((other) =>
        match(
          other,
          [...new Set([...intersection(needs, strengthsOf(other)), ...intersection(strengths, needsOf(other))])].sort(),
          intersection(company.sectors, other.sectors),
        ),
      ),
  );
}

/** Other stories that used the same expertise, in the same sectors, or with the same partners. */
export function similarStories<S extends StoryFacts>(
  story: StoryFacts,
  stories: readonly S[],
  limit = 3,
): StoryMatch<S>[] {
  return stories
    .filter((other) => other.slug !== story.slug)
    .map((other) => {
      const expertise = intersection(story.expertise, other.expertise);
      const sectors = intersection(story.sectors, other.sectors);
      const sharedPartners = intersection(
        [...story.companies, ...story.researchCentres],
        [...other.companies, ...other.researchCentres],
      );
      const score =
        EXPERTISE_WEIGHT * expertise.length + SECTOR_WEIGHT * sectors.length + PARTNER_WEIGHT * sharedPartners.length;
      return { item: other, score, shared: { expertise, sectors }, sharedPartners };
    })
    .filter((match) => match.shared.expertise.length > 0 || match.sharedPartners.length > 0)
    .sort((a, b) => b.score - a.score || a.item.slug.localeCompare(b.item.slug))
    .slice(0, limit);
}

/** What the matching reads of a request or offer of the board. */
export interface RequestFacts {
  kind: 'technology-request' | 'technology-offer' | 'rd-partner-search' | 'business-cooperation';
  sector: readonly string[];
  expertise: readonly string[];
  /** The company that posted it, left out of its own matches. */
  postedByCompany?: string | undefined;
}

/** Research centres whose expertise covers the request's (or can take up the offer). */
export function centresForRequest<R extends CentreFacts>(request: RequestFacts, centres: readonly R[]): Match<R>[] {
  return ranked(
    centres.map((centre) =>
      match(
        centre,
        intersection(request.expertise, centre.expertise),
        intersection(request.sector, centre.sectors ?? []),
      ),
    ),
  );
}

/**
 * Companies for a request: for an offer, those that seek its expertise; for anything sought,
 * those that can do it (capabilities and offers). The poster is never its own match.
 */
export function companiesForRequest<C extends CompanyFacts>(
  request: RequestFacts,
  companies: readonly C[],
): Match<C>[] {
  const side = request.kind === 'technology-offer' ? needsOf : strengthsOf;
  return ranked(
    companies
      .filter((company) => company.id !== request.postedByCompany)
      .map((company) =>
        match(company, intersection(request.expertise, side(company)), intersection(request.sector, company.sectors)),
      ),
  );
}
