/**
 * "Get in touch" on the built pages, read against content/: every research centre, company and
 * success story has one mailto: link whose subject and body name the page's title and full address,
 * written to the organisation's published address or, without one and from the fictional
 * examples, to the network's desk; units link to their parent's page and parents list their units.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { siteConfig } from '#site-config';
import { decodeEntities, parseTags } from '../support/html.ts';
import { contentDir } from '#scripts/support/paths.ts';
import { fileForPath, languages, type Language } from '#scripts/support/site-map.ts';

const distDir = inject('distDir');

interface Profile {
  id: string;
  name: string;
  example?: boolean;
  parentIds?: string[];
  contact?: { email?: string };
}

function profiles(folder: string): Profile[] {
  const directory = path.join(contentDir, folder);
  return readdirSync(directory)
    .filter((name) => name.endsWith('.yaml') && !name.startsWith('_'))
    .sort()
    .map((name) => ({
      id: name.slice(0, -'.yaml'.length),
      ...(parse(readFileSync(path.join(directory, name), 'utf8')) as Omit<Profile, 'id'>),
    }));
}

const centres = profiles('research-centres');
const companies = profiles('companies');
const centreById = new Map(centres.map((centre) => [centre.id, centre]));

interface StoryFront {
  example?: boolean;
  researchCentres?: { id: string }[];
}

/** Each story's language versions with the centre its contact goes to (the first it names). */
function stories(): { path: (language: Language) => string; languages: Language[]; front: StoryFront }[] {
  const bySlug = new Map<string, { languages: Language[]; front: StoryFront }>();
  for (const language of languages) {
    const directory = path.join(contentDir, 'case-studies', language);
    for (const name of readdirSync(directory).sort()) {
      if (!name.endsWith('.mdx') || name.startsWith('_')) continue;
      const slug = name.slice(0, -'.mdx'.length);
      const text = readFileSync(path.join(directory, name), 'utf8');
      const front = parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(text)![1]!) as StoryFront;
      const known = bySlug.get(slug);
      bySlug.set(slug, { languages: [...(known?.languages ?? []), language], front: known?.front ?? front });
    }
  }
  return [...bySlug.entries()].map(([slug, { languages: written, front }]) => ({
    path: (language) => `/${language}/case-studies/${slug}/`,
    languages: written,
    front,
  }));
}

function html(urlPath: string): string {
  return readFileSync(fileForPath(distDir, urlPath), 'utf8');
}

/** The page's <h1> as text. */
function heading(page: string): string {
  const match = /<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(page);
  return decodeEntities((match?.[1] ?? '').replace(/<[^>]+>/g, '')).trim();
}

/** What a page's contact link says, decoded, or a problem. */
function contactProblems(urlPath: string, expectedTo: string): string[] {
  const page = html(urlPath);
  const links = parseTags(page).filter((tag) => tag.name === 'a' && tag.attributes.has('data-contact-mailto'));
  if (links.length !== 1) return [`${urlPath}: ${links.length} [data-contact-mailto] links, expected 1`];
  const href = links[0]!.attributes.get('href') ?? '';
  if (!href.startsWith('mailto:')) return [`${urlPath}: contact link is not a mailto: address: ${href}`];
  const mail = new URL(href);
  const to = decodeURIComponent(mail.pathname);
  const subject = mail.searchParams.get('subject') ?? '';
  const body = mail.searchParams.get('body') ?? '';
  const title = heading(page);
  const tags = parseTags(page);
  const pageUrl = tags
    .find((tag) => tag.name === 'link' && tag.attributes.get('rel') === 'canonical')
    ?.attributes.get('href');
  if (!pageUrl?.endsWith(urlPath)) return [`${urlPath}: no canonical address ending in its path`];
  const problems: string[] = [];
  if (to !== expectedTo) problems.push(`${urlPath}: writes to ${to}, expected ${expectedTo}`);
  if (!/^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i.test(to)) problems.push(`${urlPath}: "${to}" is not an e-mail address`);
  if (title === '' || !subject.includes(title))
    problems.push(`${urlPath}: subject "${subject}" does not name "${title}"`);
  if (!body.includes(title)) problems.push(`${urlPath}: body does not name "${title}"`);
  if (!body.includes(pageUrl)) problems.push(`${urlPath}: body does not give the page's address ${pageUrl}`);
  if (!body.includes('\r\n')) problems.push(`${urlPath}: body lines are not separated by CRLF`);
  return problems;
}

function expectNone(problems: string[]) {
  if (problems.length > 0) expect.fail(`${problems.length} problems:\n  - ${problems.join('\n  - ')}`);
}

describe('every page about an organisation or a story offers a way to get in touch', () => {
  it('research centres write to their published address, else to the desk', () => {
    expectNone(
      centres.flatMap((centre) =>
        languages.flatMap((language) =>
          contactProblems(`/${language}/research-centres/${centre.id}/`, centre.contact?.email ?? siteConfig.deskEmail),
        ),
      ),
    );
  });

  it('at least one centre publishes an address, so both routes are proved', () => {
    expect(centres.some((centre) => centre.contact?.email)).toBe(true);
    expect(centres.some((centre) => !centre.contact?.email)).toBe(true);
  });

  it('companies write to their published address; fictional examples to the desk', () => {
    expectNone(
      companies.flatMap((company) =>
        languages.flatMap((language) =>
          contactProblems(
            `/${language}/companies/${company.id}/`,
            (!company.example && company.contact?.email) || siteConfig.deskEmail,
          ),
        ),
      ),
    );
  });

  it('stories write to the first centre they name; fictional examples to the desk', () => {
    expectNone(
      stories().flatMap((story) => {
        const centre = centreById.get(story.front.researchCentres?.[0]?.id ?? '');
        const to = (!story.front.example && centre?.contact?.email) || siteConfig.deskEmail;
        return story.languages.flatMap((language) => contactProblems(story.path(language), to));
      }),
    );
  });
});

/** The hrefs inside the first element carrying `marker`, up to its closing tag. */
function linksIn(page: string, marker: string, closing: string): string[] | undefined {
  const start = page.indexOf(marker);
  if (start < 0) return undefined;
  const end = page.indexOf(closing, start);
  return parseTags(page.slice(start, end))
    .filter((tag) => tag.name === 'a')
    .map((tag) => tag.attributes.get('href') ?? '');
}

describe('units and their parent organisations link to each other', () => {
  const units = centres.filter((centre) => (centre.parentIds ?? []).length > 0);

  it('the catalogue has units that name their parent', () => {
    expect(units.map((unit) => unit.id)).toEqual(expect.arrayContaining(['supsi-isea', 'supsi-memti', 'idsia']));
  });

  for (const language of languages) {
    it(`a unit's page links its parents, and each parent's page lists the unit (${language})`, () => {
      const problems: string[] = [];
      for (const unit of units) {
        const unitPath = `/${language}/research-centres/${unit.id}/`;
        const parentLinks = linksIn(html(unitPath), 'data-parent-links', '</span>');
        const expected = unit.parentIds!.map((id) => `/${language}/research-centres/${id}/`);
        if (JSON.stringify(parentLinks) !== JSON.stringify(expected)) {
          problems.push(
            `${unitPath}: parent links ${JSON.stringify(parentLinks)}, expected ${JSON.stringify(expected)}`,
          );
        }
        for (const parentPath of expected) {
          const unitLinks = linksIn(html(parentPath), 'data-unit-links', '</section>') ?? [];
          if (!unitLinks.includes(unitPath)) problems.push(`${parentPath}: does not list its unit ${unitPath}`);
        }
      }
      // A centre no unit names lists no units.
      const parents = new Set(units.flatMap((unit) => unit.parentIds!));
      for (const centre of centres.filter((other) => !parents.has(other.id))) {
        const centrePath = `/${language}/research-centres/${centre.id}/`;
        if (html(centrePath).includes('data-unit-links')) problems.push(`${centrePath}: lists units it has none of`);
      }
      expectNone(problems);
    });
  }
});
