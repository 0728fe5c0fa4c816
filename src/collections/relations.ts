/**
 * Who is connected to whom through the success stories, in both directions: a story names its
 * companies and research centres; companies and centres list their stories; an expertise area
 * gathers everything that carries it. A unit names its parent organisations (`parentIds`); the
 * parent lists its units.
 */
import { byDateDescending, type CentreFacts, type CompanyFacts, type StoryFacts } from './model.ts';

function groupBy<T>(items: readonly T[], keysOf: (item: T) => readonly string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of new Set(keysOf(item))) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

export interface Relations<S extends StoryFacts, C extends CompanyFacts, R extends CentreFacts> {
  storiesOfCompany(companyId: string): S[];
  storiesOfCentre(centreId: string): S[];
  /** Companies that worked with a centre in at least one story. */
  partnersOfCentre(centreId: string): C[];
  /** Centres that worked with a company in at least one story. */
  partnersOfCompany(companyId: string): R[];
  byExpertise(areaId: string): { centres: R[]; companies: C[]; stories: S[] };
  /** The parent organisations a centre names, in its order. */
  parentsOfCentre(centreId: string): R[];
  /** The centres that name this one as a parent, in the order of `centres`. */
  unitsOfCentre(centreId: string): R[];
}

export function buildRelations<S extends StoryFacts, C extends CompanyFacts, R extends CentreFacts>(input: {
  stories: readonly S[];
  companies: readonly C[];
  centres: readonly R[];
}): Relations<S, C, R> {
  const stories = [...input.stories].sort(byDateDescending);
  const companyById = new Map(input.companies.map((company) => [company.id, company]));
  const centreById = new Map(input.centres.map((centre) => [centre.id, centre]));
  const storiesByCompany = groupBy(stories, (story) => story.companies);
  const storiesByCentre = groupBy(stories, (story) => story.researchCentres);
  const storiesByExpertise = groupBy(stories, (story) => story.expertise);
  const centresByExpertise = groupBy(input.centres, (centre) => centre.expertise);
  const unitsByParent = groupBy(input.centres, (centre) => centre.parentIds ?? []);
  const companiesByExpertise = groupBy(input.companies, (company) => [
    ...company.capabilities,
    ...company.offers.flatMap((offer) => offer.expertise),
    ...company.seeks.flatMap((need) => need.expertise),
  ]);

  const unique = <T>(items: (T | undefined)[]): T[] => [...new Set(items.filter((item) => item !== undefined))];

  return {
    storiesOfCompany: (id) => storiesByCompany.get(id) ?? [],
    storiesOfCentre: (id) => storiesByCentre.get(id) ?? [],
    partnersOfCentre: (id) =>
      unique((storiesByCentre.get(id) ?? []).flatMap((story) => story.companies.map((c) => companyById.get(c)))),
    partnersOfCompany: (id) =>
      unique((storiesByCompany.get(id) ?? []).flatMap((story) => story.researchCentres.map((c) => centreById.get(c)))),
    byExpertise: (areaId) => ({
      centres: centresByExpertise.get(areaId) ?? [],
      companies: companiesByExpertise.get(areaId) ?? [],
      stories: storiesByExpertise.get(areaId) ?? [],
    }),
    parentsOfCentre: (id) => unique((centreById.get(id)?.parentIds ?? []).map((parent) => centreById.get(parent))),
    unitsOfCentre: (id) => unitsByParent.get(id) ?? [],
  };
}
