/**
 * The datasets with their records, from the same validated collections the pages use. Loaded
 * once per build; the endpoints under src/pages/data/ and the open-data pages read it.
 */
import path from 'node:path';
import { getCollection } from 'astro:content';
import { loadVocabulary } from '#features/content-check/index.ts';
import { directoryCompanyPath } from '#features/directory/index.ts';
import { getDirectoryView } from '#features/directory/astro.ts';
import { getHub } from '#collections/hub.ts';
import { getOpportunities } from '#collections/opportunities.ts';
import { siteDate } from '#features/facts/astro.ts';
import { callTiming } from '#features/opportunities/index.ts';
import { boardOn } from '#features/requests/index.ts';
import { getRequests } from '#collections/requests.ts';
import { locales } from '#i18n/locales.ts';
import type { DirectoryCompany } from '#schemas/directory-model.ts';
import { entryPath } from '#routes';
import { datasetDefinitions, type DatasetId } from './datasets.ts';
import type { PublishedDataset } from './files.ts';
import { publishRecord } from './records.ts';

async function loadDatasets(baseUrl: string): Promise<PublishedDataset[]> {
  const hub = await getHub();
  const absolute = (pathname: string) => new URL(pathname, baseUrl).href;
  const { calls } = await getOpportunities();
  const { pageOf } = await getDirectoryView();
  const pagesOf = (section: 'companies' | 'researchCentres' | 'calls' | 'requests', id: string) =>
    Object.fromEntries(locales.map((locale) => [locale, absolute(entryPath(locale, section, id))]));
  const taxonomy = async (name: 'sectors' | 'expertiseAreas' | 'fundingInstruments' | 'regions' | 'ipTopics') =>
    (await getCollection(name)).map((entry) => publishRecord({}, entry.data));

  const records: Record<DatasetId, Record<string, unknown>[]> = {
    companies: hub.companies.map(({ id, file: _file, ...data }) =>
      publishRecord({ id, url: pagesOf('companies', id) }, data),
    ),
    'research-centres': hub.centres.map(({ id, file: _file, ...data }) =>
      publishRecord({ id, url: pagesOf('researchCentres', id) }, data),
    ),
    'case-studies': hub.stories.flatMap((story) =>
      locales.flatMap((lang) => {
        const entry = story.translations[lang];
        if (!entry) return [];
        return [
          publishRecord(
            { id: story.slug, lang, url: absolute(entryPath(lang, 'caseStudies', story.slug)) },
            entry.data,
          ),
        ];
      }),
    ),
    'ip-guides': hub.ipGuides.flatMap((guide) =>
      locales.flatMap((lang) => {
        const entry = guide.translations[lang];
        if (!entry) return [];
        return [
          publishRecord({ id: guide.slug, lang, url: absolute(entryPath(lang, 'ipGuides', guide.slug)) }, entry.data),
        ];
      }),
    ),
    sectors: await taxonomy('sectors'),
    'expertise-areas': await taxonomy('expertiseAreas'),
    'funding-instruments': await taxonomy('fundingInstruments'),
    regions: await taxonomy('regions'),
    'ip-topics': await taxonomy('ipTopics'),
    calls: calls.map(({ id, file: _file, ...data }) =>
      publishRecord({ id, url: pagesOf('calls', id), state: callTiming(data, siteDate).state }, data),
    ),
    // Only what is on the board on the build date: an expired request leaves the open data too.
    requests: boardOn(await getRequests(), siteDate).map(({ id, file: _file, poster: _poster, ...data }) =>
      publishRecord({ id, url: pagesOf('requests', id) }, data),
    ),
    directory: (await directoryRecords()).map((company) => {
      const { id, place: _place, ...data } = company;
      const url = Object.fromEntries(
        locales.map((locale) => [locale, absolute(directoryCompanyPath(locale, company, pageOf))]),
      );
      return publishRecord({ id, url }, data);
    }),
  };

  const vocabulary = loadVocabulary(path.resolve('content'));
  return datasetDefinitions(vocabulary, baseUrl).map((definition) => ({
    ...definition,
    records: records[definition.id],
  }));
}

let datasets: Promise<PublishedDataset[]> | undefined;

/** `baseUrl` is the site's origin (Astro.site); the same for every page of a build. */
export function getDatasets(baseUrl: string): Promise<PublishedDataset[]> {
  datasets ??= loadDatasets(baseUrl);
  return datasets;
}

/** The directory's rows, each imported one carrying the attribution its register's terms ask for. */
type Provenance = NonNullable<DirectoryCompany['provenance']>;
type PublishedCompany = Omit<DirectoryCompany, 'provenance'> & { provenance?: Provenance & { attribution: string } };

async function directoryRecords(): Promise<PublishedCompany[]> {
  const { companies, sources } = await getDirectoryView();
  const attribution = new Map(sources.map((source) => [source.id, source.attribution]));
  return companies.map(({ provenance, ...company }) =>
    provenance
      ? { ...company, provenance: { ...provenance, attribution: attribution.get(provenance.source) ?? '' } }
      : company,
  );
}
