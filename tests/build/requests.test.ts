/**
 * The requests and offers board on the built site, by build date. What each request should be on
 * a day is read from content/requests/ alone (status and expiry), not from the code that builds
 * the pages: the test site (built as of 2026-12-06, every example request on the board) and a copy
 * built as of 2027-04-15, when two of them have expired. On both, the board and the open data list
 * exactly the active, unexpired requests; an expired one keeps its page, marked noindex, without
 * "Express interest" and out of the site search.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { TEST_BUILD_DATE, runAstroBuild } from '../support/astro-build.ts';
import { parseTags } from '../support/html.ts';
import { copySite } from '../support/site-copy.ts';
import { contentDir } from '#scripts/support/paths.ts';
import { fileForPath, languages } from '#scripts/support/site-map.ts';

interface RequestFile {
  id: string;
  kind: string;
  country: 'IT' | 'CH';
  status: 'active' | 'closed';
  expires: string;
}

const requests: RequestFile[] = readdirSync(path.join(contentDir, 'requests'))
  .filter((name) => name.endsWith('.yaml') && !name.startsWith('_'))
  .map((name) => {
    const data = parse(readFileSync(path.join(contentDir, 'requests', name), 'utf8')) as Omit<RequestFile, 'id'>;
    return { ...data, expires: String(data.expires).slice(0, 10), id: name.replace(/\.yaml$/, '') };
  });

/** On the board on a day: active, and the day is not after its expiry day. */
const onBoard = (day: string) =>
  requests.filter((request) => request.status === 'active' && request.expires >= day).map((request) => request.id);

const read = (dir: string, urlPath: string) => readFileSync(fileForPath(dir, urlPath), 'utf8');

/** The ids of the requests whose cards the board section of a page links. */
function listed(markup: string, language: string): string[] {
  const start = markup.indexOf('id="active"');
  if (start < 0) return [];
  const section = markup.slice(start, markup.indexOf('</section>', start));
  return parseTags(section)
    .filter((tag) => tag.name === 'a')
    .map((tag) => new RegExp(`^/${language}/requests/([a-z0-9-]+)/$`).exec(tag.attributes.get('href') ?? '')?.[1])
    .filter((id): id is string => id !== undefined);
}

function checkSite(dir: () => string, day: string) {
  describe.each(languages)(`as of ${day}, in %s`, (language) => {
    it('lists exactly the active, unexpired requests on the board and in each filter', () => {
      expect(listed(read(dir(), `/${language}/requests/`), language).sort()).toEqual(onBoard(day).sort());
      for (const country of ['IT', 'CH'] as const) {
        const page = read(dir(), `/${language}/requests/country/${country.toLowerCase()}/`);
        const wanted = onBoard(day).filter((id) => requests.find((request) => request.id === id)!.country === country);
        expect(listed(page, language).sort(), country).toEqual(wanted.sort());
        expect(page).toContain('<meta name="robots" content="noindex">');
      }
    });

    it('indexes and offers contact on listed requests only; an expired one says so and is noindex', () => {
      for (const request of requests) {
        const page = read(dir(), `/${language}/requests/${request.id}/`);
        const active = onBoard(day).includes(request.id);
        expect(page.includes('data-pagefind-filter="type:request"'), request.id).toBe(active);
        expect(page.includes('data-contact-mailto'), request.id).toBe(active);
        expect(page.includes('<meta name="robots" content="noindex">'), request.id).toBe(!active);
      }
    });

    it('puts in the sitemap the pages of the requests on the board, and only those', () => {
      const sitemap = readFileSync(path.join(dir(), 'sitemap-0.xml'), 'utf8');
      for (const request of requests) {
        const entry = `/${language}/requests/${request.id}/</loc>`;
        expect(sitemap.includes(entry), request.id).toBe(onBoard(day).includes(request.id));
      }
    });
  });

  it('publishes only the requests on the board as open data', () => {
    const json = JSON.parse(read(dir(), '/data/requests.json')) as { count: number; records: { id: string }[] };
    expect(json.records.map((record) => record.id).sort()).toEqual(onBoard(day).sort());
    expect(json.count).toBe(onBoard(day).length);
    const csvIds = read(dir(), '/data/requests.csv')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(',')[0]);
    expect(csvIds.sort()).toEqual(onBoard(day).sort());
    expect(read(dir(), '/data/requests.schema.json')).toContain('"expires"');
  });
}

const distDir = () => inject('distDir');

describe('the test site', () => {
  checkSite(distDir, TEST_BUILD_DATE);

  it('has every example request on the board that day', () => {
    expect(onBoard(TEST_BUILD_DATE).length).toBe(requests.length);
  });

  it('links "Requests" from the header of every page, and the board from the home page', () => {
    for (const language of languages) {
      for (const urlPath of [`/${language}/`, `/${language}/about/`, `/${language}/requests/`]) {
        const nav = read(distDir(), urlPath).split('<nav class="site-nav')[1]!.split('</nav>')[0]!;
        expect(nav, urlPath).toContain(`href="/${language}/requests/"`);
      }
      const home = read(distDir(), `/${language}/`);
      expect(home.slice(home.indexOf('id="home-requests"'))).toContain(`href="/${language}/requests/"`);
    }
  });

  it('marks the example requests as examples on their pages and cards', () => {
    const badge = { it: 'Richiesta di esempio', en: 'Example request' } as const;
    for (const language of languages) {
      expect(read(distDir(), `/${language}/requests/`)).toContain(badge[language]);
      for (const request of requests) {
        expect(read(distDir(), `/${language}/requests/${request.id}/`), request.id).toContain(badge[language]);
      }
    }
  });
});

describe('a copy built as of 2027-04-15', () => {
  const day = '2027-04-15';
  let site: string | undefined;

  beforeAll(async () => {
    site = await copySite('pmi-hub-requests-2027-04-');
    const build = await runAstroBuild(site, { env: { PMI_BUILD_DATE: day, PMI_POST_BUILD: 'off' } });
    if (build.code !== 0) throw new Error(`the build as of ${day} failed:\n${build.output}`);
  }, 5 * 60_000);

  afterAll(async () => {
    if (site) await rm(site, { recursive: true, force: true });
  });

  const dir = () => path.join(site!, 'dist');
  checkSite(dir, day);

  it('is a day with requests both on the board and expired', () => {
    expect(onBoard(day).length).toBeGreaterThan(0);
    expect(onBoard(day).length).toBeLessThan(requests.length);
  });
});
