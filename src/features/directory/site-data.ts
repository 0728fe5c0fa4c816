/**
 * The directory as the pages need it, computed once per build: every page of the directory
 * reads this memoised view instead of regrouping tens of thousands of rows.
 */
import { getDirectory } from './rows.ts';
import {
  byName,
  divisionSummaries,
  letterPages,
  laterPages,
  placeDivisionGroups,
  placeDivisionPages,
  placeSummaries,
  type DivisionSummary,
  type LetterPage,
  type PlaceDivisionGroup,
  type PlaceDivisionPage,
  type PlaceSummary,
} from './groups.ts';
import type { DirectoryCompany } from '#schemas/directory-model.ts';
import type { RegisterSource } from '#schemas/register-row.ts';
import { directorySources } from './sources.ts';
import { pageCacheKey } from '#features/build-cache/index.ts';

export interface DirectoryView {
  /** Every row, sorted by name. */
  companies: DirectoryCompany[];
  groups: PlaceDivisionGroup[];
  /** The pages of the groups: one each, more for a group of more than 150 companies. */
  groupPages: PlaceDivisionPage[];
  /** The page of each row not on its group's first page: the third argument of directoryCompanyPath. */
  pageOf: Map<string, number>;
  places: PlaceSummary[];
  /** The same, by URL segment: pages look their municipality up here. */
  placeBySlug: Map<string, PlaceSummary>;
  divisions: DivisionSummary[];
  letterPages: LetterPage[];
  /** Directory row of each curated profile id. */
  byProfile: Map<string, DirectoryCompany>;
  counts: { total: number; IT: number; CH: number };
  /** True when any row is fictional: the pages then say so. */
  hasExamples: boolean;
  /** The registers the imported rows come from, with the attribution their terms ask for. */
  sources: RegisterSource[];
  /**
   * The cacheKey of a directory page that shows `parts` (its rows, its summaries): every page's
   * frame also shows the example notice and the sources, so they are in every key.
   */
  pageKey: (...parts: unknown[]) => string;
}

let view: { rows: Promise<DirectoryCompany[]>; view: Promise<DirectoryView> } | undefined;

/** The view of the rows getDirectory gives: computed once per build, again when the rows are read again. */
export function getDirectoryView(): Promise<DirectoryView> {
  const rows = getDirectory();
  if (view?.rows !== rows) view = { rows, view: rows.then((rows) => directoryView(rows)) };
  return view.view;
}

function directoryView(rows: readonly DirectoryCompany[]): DirectoryView {
  const companies = [...rows].sort(byName);
  const byProfile = new Map<string, DirectoryCompany>();
  let italian = 0;
  let examples = false;
  const used = new Set<string>();
  for (const company of companies) {
    if (company.provenance) used.add(company.provenance.source);
    if (company.profile) byProfile.set(company.profile, company);
    if (company.country === 'IT') italian += 1;
    if (company.example) examples = true;
  }
  const places = placeSummaries(companies);
  const groups = placeDivisionGroups(companies);
  const groupPages = placeDivisionPages(groups);
  const sources = used.size === 0 ? [] : directorySources().filter((source) => used.has(source.id));
  return {
    companies,
    groups,
    groupPages,
    pageOf: laterPages(groupPages),
    places,
    placeBySlug: new Map(places.map((place) => [place.place, place])),
    divisions: divisionSummaries(companies),
    letterPages: letterPages(companies),
    byProfile,
    counts: { total: companies.length, IT: italian, CH: companies.length - italian },
    hasExamples: examples,
    sources,
    pageKey: (...parts) => pageCacheKey(examples, sources, ...parts),
  };
}
