/**
 * What the site publishes for other systems, checked on the built files against content/:
 * open data (JSON, CSV, JSON Schema), schema.org JSON-LD, Open Graph and Twitter meta, RSS feeds,
 * the sitemap and robots.txt; and that the map, network and charts are static (no client
 * JavaScript) with their text alternatives.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { findMunicipality } from '#features/visuals/map/municipalities.ts';
import { columnsOf, parseCsv } from '#features/open-data/csv.ts';
import type { JsonSchema } from '#features/open-data/json-schema.ts';
import { readBuiltPages, type BuiltPage } from '../support/built-site.ts';
import { contentDir, projectRoot } from '#scripts/support/paths.ts';
import {
  counterpartPath,
  expectedPages,
  fileForPath,
  languages,
  onePagePerTemplate,
  readSiteContent,
  readSiteOrigin,
  type Template,
} from '#scripts/support/site-map.ts';

const distDir = inject('distDir');
const content = readSiteContent(contentDir);
const pages = expectedPages(content);
const languagePages = pages.filter((page) => page.language !== undefined);
let built: Map<string, BuiltPage>;
let siteOrigin: string;
beforeAll(() => {
  built = readBuiltPages(distDir);
  // The origin the build used (SITE_URL or astro.config's default), read from a canonical link.
  const canonical = built
    .get('/it/')
    ?.tags.find((tag) => tag.name === 'link' && tag.attributes.get('rel') === 'canonical');
  siteOrigin =
    readSiteOrigin(path.join(projectRoot, 'astro.config.mjs')) ?? new URL(canonical!.attributes.get('href')!).origin;
});

const html = (urlPath: string) => readFileSync(fileForPath(distDir, urlPath), 'utf8');
const readDist = (...parts: string[]) => readFileSync(path.join(distDir, ...parts), 'utf8');

function taxonomyIds(file: string): string[] {
  return (parseYaml(readFileSync(path.join(contentDir, 'taxonomies', file), 'utf8')) as { id: string }[]).map(
    (term) => term.id,
  );
}

/** One record per language file for stories and guides: "<slug>/<lang>". */
const perLanguage = (entries: Map<string, string[]>) =>
  [...entries].flatMap(([slug, langs]) => langs.map((lang) => `${slug}/${lang}`)).sort();

const expectedRecords: Record<string, { ids: string[]; key: (record: Record<string, unknown>) => string }> = {
  companies: { ids: content.companies, key: (record) => String(record.id) },
  'research-centres': { ids: content.researchCentres, key: (record) => String(record.id) },
  'case-studies': { ids: perLanguage(content.caseStudies), key: (record) => `${record.id}/${record.lang}` },
  'ip-guides': { ids: perLanguage(content.ipGuides), key: (record) => `${record.id}/${record.lang}` },
  sectors: { ids: taxonomyIds('sectors.yaml'), key: (record) => String(record.id) },
  'expertise-areas': { ids: content.expertiseAreas, key: (record) => String(record.id) },
  'funding-instruments': { ids: taxonomyIds('funding-instruments.yaml'), key: (record) => String(record.id) },
  regions: { ids: taxonomyIds('regions.yaml'), key: (record) => String(record.id) },
  'ip-topics': { ids: taxonomyIds('ip-topics.yaml'), key: (record) => String(record.id) },
  calls: { ids: content.calls, key: (record) => String(record.id) },
  // Only the requests on the board are published: on the test build date that is every one
  // (tests/build/requests.test.ts checks a later date, when some have expired).
  requests: { ids: content.requests, key: (record) => String(record.id) },
};

describe('open data', () => {
  it('lists every dataset with its files in the catalogue, and every listed file exists', () => {
    const catalogue = JSON.parse(readDist('data', 'index.json')) as {
      licence: { url: string };
      datasets: { id: string; records: number; files: { url: string }[] }[];
    };
    expect(catalogue.datasets.map((dataset) => dataset.id).sort()).toEqual(
      [...Object.keys(expectedRecords), 'directory'].sort(),
    );
    expect(catalogue.licence.url).toMatch(/^https:\/\//);
    for (const dataset of catalogue.datasets) {
      for (const file of dataset.files) {
        expect(existsSync(path.join(distDir, new URL(file.url).pathname)), file.url).toBe(true);
      }
    }
  });

  for (const [dataset, expected] of Object.entries(expectedRecords)) {
    describe(dataset, () => {
      const schema = () => JSON.parse(readDist('data', `${dataset}.schema.json`)) as JsonSchema;
      const json = () =>
        JSON.parse(readDist('data', `${dataset}.json`)) as { count: number; records: Record<string, unknown>[] };

      it('JSON carries every entry of content/, once', () => {
        const { count, records } = json();
        expect(records.map(expected.key).sort()).toEqual([...expected.ids].sort());
        expect(count).toBe(records.length);
      });

      it('JSON records match the published JSON Schema', () => {
        const validator = z.fromJSONSchema(schema() as Parameters<typeof z.fromJSONSchema>[0]);
        const problems = json().records.flatMap((record) => {
          const result = validator.safeParse(record);
          return result.success
            ? []
            : result.error.issues.map((issue) => `${expected.key(record)}: ${issue.path.join('.')}: ${issue.message}`);
        });
        expect(problems).toEqual([]);
      });

      it('CSV has the documented columns, in order, and one row per entry', () => {
        const rows = parseCsv(readDist('data', `${dataset}.csv`));
        const [header, ...body] = rows;
        expect(header).toEqual(columnsOf(schema()).map((column) => column.name));
        expect(body).toHaveLength(expected.ids.length);
        for (const row of body) expect(row).toHaveLength(header!.length);
        const idColumn = header!.indexOf('id');
        const langColumn = header!.indexOf('lang');
        const keys = body.map((row) => (langColumn >= 0 ? `${row[idColumn]}/${row[langColumn]}` : row[idColumn]));
        expect(keys.sort()).toEqual([...expected.ids].sort());
      });

      it('is documented field by field on the open-data page in both languages', () => {
        for (const language of languages) {
          const page = html(`/${language}/open-data/`);
          expect(page, language).toContain(`id="fields-${dataset}"`);
          for (const field of Object.keys(schema().properties ?? {})) {
            expect(page, `${language}: ${dataset}.${field}`).toMatch(new RegExp(`<code[^>]*>${field}</code>`));
          }
          expect(page).toContain(`href="/data/${dataset}.csv"`);
        }
      });
    });
  }
});

describe('open data: the company directory', () => {
  it('is one compressed CSV with a row per directory row, its documented columns and the row’s address', () => {
    const schema = JSON.parse(readDist('data', 'directory.schema.json')) as JsonSchema;
    const rows = parseCsv(gunzipSync(readFileSync(path.join(distDir, 'data', 'directory.csv.gz'))).toString('utf8'));
    const [header, ...body] = rows;
    expect(header).toEqual(columnsOf(schema).map((column) => column.name));
    expect(body).toHaveLength(content.directory.length);
    expect(existsSync(path.join(distDir, 'data', 'directory.json'))).toBe(false);
    const urlColumn = header!.indexOf('url.it');
    const idColumn = header!.indexOf('id');
    for (const row of body.slice(0, 50)) {
      const url = new URL(row[urlColumn]!);
      expect(url.hash).toBe(`#${row[idColumn]}`);
      expect(existsSync(fileForPath(distDir, url.pathname)), url.pathname).toBe(true);
    }
  });

  it('is documented field by field and linked from the open-data page in both languages', () => {
    for (const language of languages) {
      const page = html(`/${language}/open-data/`);
      expect(page).toContain('id="fields-directory"');
      expect(page).toContain('href="/data/directory.csv.gz"');
    }
  });
});

/** The JSON-LD blocks of a page, parsed. */
function jsonLd(urlPath: string): { '@type': string; [key: string]: unknown }[] {
  const blocks = [...html(urlPath).matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
  return blocks.map((block) => JSON.parse(block[1]!) as { '@type': string });
}

const centreTypes: Record<string, string> = {
  university: 'CollegeOrUniversity',
  'applied-sciences-university': 'CollegeOrUniversity',
  'public-research-institute': 'ResearchOrganization',
  'research-institute': 'ResearchOrganization',
  laboratory: 'ResearchOrganization',
  'technology-transfer-office': 'ResearchOrganization',
};

describe('structured data', () => {
  const detailTypes: Partial<Record<Template, (urlPath: string) => string>> = {
    company: () => 'Organization',
    'research-centre': (urlPath) => {
      const id = urlPath.split('/').at(-2)!;
      const { type } = parseYaml(readFileSync(path.join(contentDir, 'research-centres', `${id}.yaml`), 'utf8')) as {
        type: string;
      };
      return centreTypes[type] ?? 'Organization';
    },
    'case-study': () => 'Article',
    'ip-guide': () => 'Article',
  };

  it('every detail page has parseable JSON-LD naming the right schema.org type, and a BreadcrumbList', () => {
    const problems: string[] = [];
    for (const page of languagePages) {
      const expectedType = detailTypes[page.template];
      if (!expectedType) continue;
      const types = jsonLd(page.path).map((block) => block['@type']);
      if (!types.includes(expectedType(page.path))) problems.push(`${page.path}: ${types.join(', ')}`);
      if (!types.includes('BreadcrumbList')) problems.push(`${page.path}: no BreadcrumbList`);
    }
    expect(problems).toEqual([]);
  });

  it('articles give their language and the review date as dateModified', () => {
    for (const page of languagePages.filter(
      (entry) => entry.template === 'case-study' || entry.template === 'ip-guide',
    )) {
      const article = jsonLd(page.path).find((block) => block['@type'] === 'Article')!;
      expect(languages, page.path).toContain(article.inLanguage);
      expect(article.dateModified, page.path).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(article.mainEntityOfPage).toBe(`${siteOrigin}${page.path}`);
    }
  });

  it('breadcrumbs end at the page itself and start at its language’s home', () => {
    for (const page of onePagePerTemplate(languagePages).filter((entry) => entry.template !== 'home')) {
      const list = jsonLd(page.path).find((block) => block['@type'] === 'BreadcrumbList') as
        { itemListElement: { item: string; position: number }[] } | undefined;
      expect(list, page.path).toBeDefined();
      const items = list!.itemListElement;
      expect(items[0]!.item).toBe(`${siteOrigin}/${page.language}/`);
      expect(items.at(-1)!.item).toBe(`${siteOrigin}${page.path}`);
      expect(items.map((item) => item.position)).toEqual(items.map((_, index) => index + 1));
    }
  });

  it('every page has Open Graph and Twitter card meta', () => {
    const problems: string[] = [];
    for (const page of pages) {
      const tags = built.get(page.path)?.tags ?? [];
      const meta = new Map(
        tags
          .filter((tag) => tag.name === 'meta')
          .map((tag) => [tag.attributes.get('property') ?? tag.attributes.get('name'), tag.attributes.get('content')]),
      );
      for (const name of [
        'og:title',
        'og:description',
        'og:type',
        'og:url',
        'og:site_name',
        'twitter:card',
        'twitter:title',
      ]) {
        if (!meta.get(name)) problems.push(`${page.path}: no ${name}`);
      }
      if (page.language && meta.get('og:url') !== `${siteOrigin}${page.path}`) problems.push(`${page.path}: og:url`);
    }
    expect(problems).toEqual([]);
  });
});

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
const asList = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

describe('RSS feeds', () => {
  const feeds = [
    { section: 'case-studies', entries: content.caseStudies },
    { section: 'ip', entries: content.ipGuides },
  ];

  for (const language of languages) {
    for (const { section, entries } of feeds) {
      const feedUrl = `/${language}/${section}/rss.xml`;

      it(`${feedUrl} is valid RSS 2.0 with every entry`, () => {
        const document = xml.parse(readDist(language, section, 'rss.xml'));
        expect(document.rss['@version']).toBe('2.0');
        const channel = document.rss.channel;
        for (const element of ['title', 'link', 'description']) expect(channel[element], element).toBeTruthy();
        expect(channel.language).toBe(language === 'it' ? 'it-IT' : 'en-GB');
        const items = asList(channel.item as Record<string, unknown>[]);
        expect(items).toHaveLength(entries.size);
        const links = items.map((item) => new URL(String(item.link)).pathname).sort();
        expect(links).toEqual([...entries.keys()].map((slug) => `/${language}/${section}/${slug}/`).sort());
        for (const item of items) {
          expect(item.title).toBeTruthy();
          expect(item.description).toBeTruthy();
          expect(Number.isNaN(Date.parse(String(item.pubDate))), String(item.pubDate)).toBe(false);
          expect(String(item.pubDate)).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
        }
      });
    }

    it(`pages in ${language} link to both feeds of their language`, () => {
      const tags = built.get(`/${language}/`)!.tags;
      const feedsLinked = tags
        .filter((tag) => tag.name === 'link' && tag.attributes.get('type') === 'application/rss+xml')
        .map((tag) => tag.attributes.get('href'));
      expect(feedsLinked.sort()).toEqual([`/${language}/case-studies/rss.xml`, `/${language}/ip/rss.xml`]);
    });
  }
});

describe('sitemap and robots.txt', () => {
  it('robots.txt points at the sitemap', () => {
    expect(readDist('robots.txt')).toContain(`Sitemap: ${siteOrigin}/sitemap-index.xml`);
  });

  it('lists every language page but the noindex ones, with its alternate in the other language', () => {
    const index = xml.parse(readDist('sitemap-index.xml'));
    const urls = asList(index.sitemapindex.sitemap as { loc: string }[]).flatMap((sitemap) => {
      const file = new URL(sitemap.loc).pathname;
      return asList(xml.parse(readDist(file)).urlset.url as { loc: string; 'xhtml:link'?: unknown }[]);
    });
    const byPath = new Map(urls.map((url) => [new URL(url.loc).pathname, url]));
    const problems: string[] = [];
    for (const page of languagePages) {
      const url = byPath.get(page.path);
      // The editorial report is for editors, and the filtered lists of stories and of requests
      // repeat their index: not in the sitemap, marked noindex.
      if (
        page.template === 'editorial-report' ||
        page.template === 'case-study-filter' ||
        page.template === 'request-filter'
      ) {
        if (url) problems.push(`${page.path}: in the sitemap`);
        const robots = built
          .get(page.path)
          ?.tags.find((tag) => tag.name === 'meta' && tag.attributes.get('name') === 'robots');
        if (robots?.attributes.get('content') !== 'noindex') problems.push(`${page.path}: not marked noindex`);
        continue;
      }
      if (!url) {
        problems.push(`${page.path}: not in the sitemap`);
        continue;
      }
      const alternates = new Map(
        asList(url['xhtml:link'] as { '@hreflang': string; '@href': string }[]).map((link) => [
          link['@hreflang'].slice(0, 2),
          new URL(link['@href']).pathname,
        ]),
      );
      if (alternates.get(page.language!) !== page.path) problems.push(`${page.path}: no alternate for itself`);
      const other = counterpartPath(page.path);
      if (alternates.get(other.split('/')[1]!) !== other) problems.push(`${page.path}: no alternate ${other}`);
    }
    expect(problems).toEqual([]);
    expect(byPath.has('/404.html')).toBe(false);
  });
});

describe('map, network and charts', () => {
  /** Script elements that run code (JSON-LD and JSON data islands do not). */
  const codeScripts = (urlPath: string) =>
    (built.get(urlPath)?.tags ?? [])
      .filter((tag) => tag.name === 'script')
      .filter((tag) => !/json/.test(tag.attributes.get('type') ?? ''))
      .map((tag) => tag.attributes.get('src') ?? '(inline)');

  const withPictures: Template[] = ['home', 'company-list', 'research-centre-list', 'network', 'figures', 'open-data'];

  it('add no client JavaScript: those pages run no script the about page does not', () => {
    for (const language of languages) {
      const baseline = new Set(codeScripts(`/${language}/about/`));
      for (const page of languagePages.filter(
        (entry) => entry.language === language && withPictures.includes(entry.template),
      )) {
        // The lists carry the "save for offline" control, whose script is not part of the pictures.
        expect(
          codeScripts(page.path).filter((script) => !baseline.has(script) && !script.includes('/SaveOffline.')),
          page.path,
        ).toEqual([]);
      }
    }
  });

  it('keep their drawings out of the accessibility tree and give the content as text', () => {
    for (const language of languages) {
      const checks: [string, RegExp][] = [
        [`/${language}/`, /class="region-map"/],
        [`/${language}/companies/`, /class="place-list"/],
        [`/${language}/research-centres/`, /class="place-list"/],
        [`/${language}/network/`, /<table[^>]*aria-labelledby="collaborations"/],
        [`/${language}/figures/`, /<table[\s>]/],
      ];
      for (const [urlPath, pattern] of checks) {
        const page = html(urlPath);
        expect(page, urlPath).toMatch(pattern);
        // Every drawing is hidden from assistive technology: its list or table says the same.
        const svgs = [...page.matchAll(/<svg\b[^>]*>/g)].map((match) => match[0]);
        const drawings = svgs.filter((tag) => /viewBox="0 0 (600|720|360) |width="100%"/.test(tag));
        expect(drawings.length, urlPath).toBeGreaterThan(0);
        for (const tag of drawings) expect(tag, urlPath).toContain('aria-hidden="true"');
      }
    }
  });

  it('the map’s list links every company and centre the page lists', () => {
    for (const language of languages) {
      const companies = html(`/${language}/companies/`);
      const centres = html(`/${language}/research-centres/`);
      const list = (page: string) => page.slice(page.indexOf('class="place-list"'));
      for (const id of content.companies) expect(list(companies)).toContain(`href="/${language}/companies/${id}/"`);
      for (const id of content.researchCentres) {
        expect(list(centres)).toContain(`href="/${language}/research-centres/${id}/"`);
        // Filtered to what the page lists: no company on the centres page's map.
        expect(list(centres)).not.toContain(`/${language}/companies/`);
      }
    }
  });

  it('every municipality named in content/ has coordinates, so no entry falls off the map', () => {
    const missing = [
      ...content.companies.map((id) => `companies/${id}.yaml`),
      ...content.researchCentres.map((id) => `research-centres/${id}.yaml`),
    ].flatMap((file) => {
      const entry = parseYaml(readFileSync(path.join(contentDir, file), 'utf8')) as {
        municipality: string;
        country: string;
      };
      return findMunicipality(entry.municipality, entry.country)
        ? []
        : [
            `content/${file}: "${entry.municipality}" (${entry.country}) — add it to src/features/visuals/map/municipalities.ts`,
          ];
    });
    expect(missing).toEqual([]);
    expect(html('/it/')).not.toContain('Non ancora sulla mappa');
  });

  it('the network table has one row per company–centre pair of the stories', () => {
    const pairs = new Set<string>();
    for (const [slug, langs] of content.caseStudies) {
      const file = path.join(contentDir, 'case-studies', langs[0]!, `${slug}.mdx`);
      const front = parseYaml(readFileSync(file, 'utf8').split(/^---$/m)[1]!) as {
        companies: string[];
        researchCentres: string[];
      };
      for (const company of front.companies)
        for (const centre of front.researchCentres) pairs.add(`${company}|${centre}`);
    }
    for (const language of languages) {
      const page = html(`/${language}/network/`);
      const table = page.slice(page.search(/<table[^>]*aria-labelledby="collaborations"/));
      const rows = [
        ...table.matchAll(
          /<tr[^>]*>\s*<th scope="row"[^>]*>\s*<a href="\/\w+\/companies\/([^/]+)\/"[\s\S]*?<a href="\/\w+\/research-centres\/([^/]+)\/"/g,
        ),
      ];
      expect(rows.map((row) => `${row[1]}|${row[2]}`).sort()).toEqual([...pairs].sort());
    }
  });
});
