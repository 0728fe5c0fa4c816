/**
 * The pages the site must have, derived from content/ alone (plain files and YAML, no Astro),
 * so the tests know what to expect without trusting the code that generates the pages.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse } from 'yaml';

export const languages = ['it', 'en'] as const;
export type Language = (typeof languages)[number];

export function otherLanguage(language: Language): Language {
  return language === 'it' ? 'en' : 'it';
}

export type Template =
  | 'language-chooser'
  | 'not-found'
  | 'home'
  | 'case-study-list'
  | 'case-study'
  | 'case-study-filter'
  | 'company-list'
  | 'company'
  | 'research-centre-list'
  | 'research-centre'
  | 'ip-guide-list'
  | 'ip-guide'
  | 'ip-compare'
  | 'ip-decide'
  | 'ip-decide-need'
  | 'ip-decide-result'
  | 'expertise-list'
  | 'expertise'
  | 'about'
  | 'contribute'
  | 'search'
  | 'find-expertise'
  | 'editorial-report'
  | 'offline'
  | 'privacy'
  | 'open-data'
  | 'network'
  | 'figures'
  | 'directory'
  | 'directory-search'
  | 'directory-sectors'
  | 'directory-sector'
  | 'directory-place'
  | 'directory-place-division'
  | 'directory-letter'
  | 'call-list'
  | 'call-filter'
  | 'call'
  | 'event-list'
  | 'request-list'
  | 'request-filter'
  | 'request';

/**
 * The answers of the IP decision helper (/{lang}/ip/decide/<need>/<market>/), written out here
 * rather than imported, so a helper that silently drops an answer fails the page tests.
 */
export const ipDecisionNeeds = ['invention', 'improvement', 'brand', 'look', 'know-how', 'software'] as const;
export const ipDecisionMarkets = ['italy', 'switzerland', 'eu', 'worldwide'] as const;

/** The filter pages of the calls (/{lang}/calls/country/<c>/, /topic/<t>/), written out for the same reason. */
export const callCountryFilters = ['it', 'ch'] as const;
export const callTopicFilters = ['ip', 'r-and-d', 'technology-transfer', 'cross-border'] as const;

/** The filter pages of the requests board (/{lang}/requests/kind/<k>/, /country/<c>/), likewise written out. */
export const requestKindFilters = [
  'technology-request',
  'technology-offer',
  'rd-partner-search',
  'business-cooperation',
] as const;
export const requestCountryFilters = ['it', 'ch'] as const;

export interface ExpectedPage {
  /** URL path, e.g. /it/companies/acme/ or /404.html */
  path: string;
  /** Language prefix of the path; undefined for / and /404.html. */
  language: Language | undefined;
  template: Template;
}

/** What the stories' filters read of a story's front matter (its Italian version when it has one). */
export interface StoryFacts {
  ipOutcome: string;
  fundingInstrument: string | undefined;
  trlGain: number;
  sectors: string[];
}

/** The filters of the stories index, as URL segments: /{lang}/case-studies/filter/<facet>/<value>/. */
export const storyFilterFacets = ['ip-outcome', 'funding', 'trl-gain', 'sector'] as const;
export type StoryFilterFacet = (typeof storyFilterFacets)[number];

/** A story's values in one filter facet. */
export function storyFacetValues(story: StoryFacts, facet: StoryFilterFacet): string[] {
  if (facet === 'ip-outcome') return [story.ipOutcome];
  if (facet === 'funding') return story.fundingInstrument ? [story.fundingInstrument] : [];
  if (facet === 'trl-gain') return [String(story.trlGain)];
  return story.sectors;
}

export interface SiteContent {
  /** Slug → languages it is written in. */
  caseStudies: Map<string, Language[]>;
  /** Slug → the facts the filters read; stories whose front matter lacks them are left out. */
  storyFacts: Map<string, StoryFacts>;
  ipGuides: Map<string, Language[]>;
  companies: string[];
  researchCentres: string[];
  expertiseAreas: string[];
  /** Ids of content/calls/*.yaml and content/events/*.yaml. */
  calls: string[];
  events: string[];
  /** Ids of content/requests/*.yaml: each has a page, listed or (once expired) noindex. */
  requests: string[];
  /** Rows of content/directory/*.csv, the columns the page addresses are made of. */
  directory: { name: string; municipality: string; sectorCode: string }[];
}

/** Slugs of the .mdx files in <folder>/it and <folder>/en; "_" files are drafts. */
function entriesByLanguage(folder: string): Map<string, Language[]> {
  const slugs = new Map<string, Language[]>();
  for (const language of languages) {
    const directory = path.join(folder, language);
    if (!existsSync(directory)) continue;
    for (const name of readdirSync(directory).sort()) {
      if (!name.endsWith('.mdx') || name.startsWith('_')) continue;
      const slug = name.slice(0, -'.mdx'.length);
      slugs.set(slug, [...(slugs.get(slug) ?? []), language]);
    }
  }
  return slugs;
}

function frontMatter(file: string): Record<string, unknown> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'));
  const data: unknown = match ? parse(match[1]!) : undefined;
  return data !== null && typeof data === 'object' ? (data as Record<string, unknown>) : {};
}

function storyFacts(folder: string, slugs: Map<string, Language[]>): Map<string, StoryFacts> {
  const facts = new Map<string, StoryFacts>();
  for (const [slug, written] of slugs) {
    const data = frontMatter(path.join(folder, written.includes('it') ? 'it' : 'en', `${slug}.mdx`));
    const trl = data['trl'] as { before?: unknown; after?: unknown } | undefined;
    const sectors = data['sectors'];
    if (typeof data['ipOutcome'] !== 'string' || typeof trl?.before !== 'number' || typeof trl.after !== 'number')
      continue;
    facts.set(slug, {
      ipOutcome: data['ipOutcome'],
      fundingInstrument: typeof data['fundingInstrument'] === 'string' ? data['fundingInstrument'] : undefined,
      trlGain: trl.after - trl.before,
      sectors: Array.isArray(sectors) ? [...new Set(sectors.map(String))] : [],
    });
  }
  return facts;
}

function yamlIds(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.yaml') && !name.startsWith('_'))
    .map((name) => name.slice(0, -'.yaml'.length))
    .sort();
}

function taxonomyIds(file: string): string[] {
  const terms: unknown = parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(terms)) throw new Error(`${file} should be a YAML list of terms`);
  return terms.map((term: unknown, index) => {
    const id = (term as { id?: unknown } | null)?.id;
    if (typeof id !== 'string') throw new Error(`${file}: term ${index} has no "id"`);
    return id;
  });
}

/** Municipality → URL segment: "Sant'Antonino" → "sant-antonino". */
export function placeSlug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** A–Z letter of a name: accents dropped, digits and symbols under "0-9". */
export function letterOf(name: string): string {
  const first = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .match(/[a-z0-9]/)?.[0];
  return first === undefined || /[0-9]/.test(first) ? '0-9' : first;
}

function directoryRows(folder: string): SiteContent['directory'] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.csv'))
    .sort()
    .flatMap((name) =>
      (parseCsv(readFileSync(path.join(folder, name)), { columns: true }) as Record<string, string>[]).map((row) => ({
        name: row['name'] ?? '',
        municipality: row['municipality'] ?? '',
        sectorCode: row['sector_code'] ?? '',
      })),
    );
}

export function readSiteContent(contentDir: string): SiteContent {
  const caseStudies = entriesByLanguage(path.join(contentDir, 'case-studies'));
  return {
    directory: directoryRows(path.join(contentDir, 'directory')),
    caseStudies,
    storyFacts: storyFacts(path.join(contentDir, 'case-studies'), caseStudies),
    ipGuides: entriesByLanguage(path.join(contentDir, 'ip-guides')),
    companies: yamlIds(path.join(contentDir, 'companies')),
    researchCentres: yamlIds(path.join(contentDir, 'research-centres')),
    calls: yamlIds(path.join(contentDir, 'calls')),
    events: yamlIds(path.join(contentDir, 'events')),
    requests: yamlIds(path.join(contentDir, 'requests')),
    expertiseAreas: taxonomyIds(path.join(contentDir, 'taxonomies', 'expertise-areas.yaml')),
  };
}

/** Every page of the site. Each slug and id gets a page in both languages. */
export function expectedPages(content: SiteContent): ExpectedPage[] {
  const pages: ExpectedPage[] = [{ path: '/', language: undefined, template: 'language-chooser' }];
  for (const language of languages) {
    const add = (suffix: string, template: Template) =>
      pages.push({ path: `/${language}/${suffix}`, language, template });
    const addSection = (section: string, ids: Iterable<string>, list: Template, detail: Template) => {
      add(`${section}/`, list);
      for (const id of ids) add(`${section}/${id}/`, detail);
    };
    add('', 'home');
    addSection('case-studies', content.caseStudies.keys(), 'case-study-list', 'case-study');
    for (const filter of storyFilters(content.storyFacts)) {
      add(`case-studies/filter/${filter.facet}/${filter.value}/`, 'case-study-filter');
    }
    addSection('companies', content.companies, 'company-list', 'company');
    addSection('research-centres', content.researchCentres, 'research-centre-list', 'research-centre');
    addSection('ip', content.ipGuides.keys(), 'ip-guide-list', 'ip-guide');
    add('ip/compare/', 'ip-compare');
    add('ip/decide/', 'ip-decide');
    for (const need of ipDecisionNeeds) {
      add(`ip/decide/${need}/`, 'ip-decide-need');
      for (const market of ipDecisionMarkets) add(`ip/decide/${need}/${market}/`, 'ip-decide-result');
    }
    addSection('expertise', content.expertiseAreas, 'expertise-list', 'expertise');
    add('about/', 'about');
    add('contribute/', 'contribute');
    add('search/', 'search');
    add('find-expertise/', 'find-expertise');
    add('editorial-report/', 'editorial-report');
    add('offline/', 'offline');
    add('privacy/', 'privacy');
    add('open-data/', 'open-data');
    add('network/', 'network');
    add('figures/', 'figures');
    addSection('calls', content.calls, 'call-list', 'call');
    for (const country of callCountryFilters) add(`calls/country/${country}/`, 'call-filter');
    for (const topic of callTopicFilters) add(`calls/topic/${topic}/`, 'call-filter');
    add('events/', 'event-list');
    addSection('requests', content.requests, 'request-list', 'request');
    for (const kind of requestKindFilters) add(`requests/kind/${kind}/`, 'request-filter');
    for (const country of requestCountryFilters) add(`requests/country/${country}/`, 'request-filter');
    addDirectory(content.directory, add);
  }
  pages.push({ path: '/404.html', language: undefined, template: 'not-found' });
  return pages;
}

/** Every filter value some story has (each gets a page), in facet order. */
export function storyFilters(facts: ReadonlyMap<string, StoryFacts>): { facet: StoryFilterFacet; value: string }[] {
  return storyFilterFacets.flatMap((facet) =>
    [...new Set([...facts.values()].flatMap((story) => storyFacetValues(story, facet)))]
      .sort()
      .map((value) => ({ facet, value })),
  );
}

/** Rows per A–Z page, as the site pages them. */
export const letterPageSize = 200;

function addDirectory(rows: SiteContent['directory'], add: (suffix: string, template: Template) => void) {
  add('directory/', 'directory');
  add('directory/search/', 'directory-search');
  add('directory/sectors/', 'directory-sectors');
  for (const division of new Set(rows.map((row) => row.sectorCode.slice(0, 2)))) {
    add(`directory/sectors/${division}/`, 'directory-sector');
  }
  for (const place of new Set(rows.map((row) => placeSlug(row.municipality)))) {
    add(`directory/places/${place}/`, 'directory-place');
  }
  for (const key of new Set(rows.map((row) => `${placeSlug(row.municipality)}/${row.sectorCode.slice(0, 2)}`))) {
    add(`directory/places/${key}/`, 'directory-place-division');
  }
  const perLetter = new Map<string, number>();
  for (const row of rows) perLetter.set(letterOf(row.name), (perLetter.get(letterOf(row.name)) ?? 0) + 1);
  for (const [letter, count] of perLetter) {
    add(`directory/a-z/${letter}/`, 'directory-letter');
    for (let page = 2; page <= Math.ceil(count / letterPageSize); page += 1) {
      add(`directory/a-z/${letter}/${page}/`, 'directory-letter');
    }
  }
}

/** One page of each template in each language (the first entry of each kind), for costly checks. */
export function onePagePerTemplate(pages: readonly ExpectedPage[]): ExpectedPage[] {
  const seen = new Set<string>();
  return pages.filter((page) => {
    const key = `${page.template}:${page.language ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The language prefix of a URL path, if any. */
export function languageOfPath(urlPath: string): Language | undefined {
  const first = urlPath.split('/')[1];
  return languages.find((language) => language === first);
}

/** The same page in the other language: /it/companies/x/ → /en/companies/x/. */
export function counterpartPath(urlPath: string): string {
  const language = languageOfPath(urlPath);
  if (!language) throw new Error(`${urlPath} has no language prefix`);
  return `/${otherLanguage(language)}${urlPath.slice(language.length + 1)}`;
}

/** The file a URL path is served from in the "directory" build format. */
export function fileForPath(distDir: string, urlPath: string): string {
  const relative = urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath;
  return path.join(distDir, ...relative.split('/').filter(Boolean));
}

/**
 * The origin of astro.config's `site` (e.g. https://hub.pmi-network.eu), read as text so the
 * tests need not load the Astro config. Absolute links to it are internal links.
 */
export function readSiteOrigin(astroConfigFile: string): string | undefined {
  const match = /\bsite\s*:\s*(['"`])(https?:\/\/[^'"`]+)\1/.exec(readFileSync(astroConfigFile, 'utf8'));
  return match ? new URL(match[2]!).origin : undefined;
}
