/**
 * The IP comparison page and the IP decision helper, read as built files: the comparison shows
 * every row of content/ip-comparison.yaml with its date, its guide and the source of every cell,
 * and every path through the helper ends on guides that exist.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, inject, it } from 'vitest';
import { factIdsIn, readFacts, splitFactText } from '#features/facts/index.ts';
import { parseTags } from '../support/html.ts';
import { contentDir } from '#scripts/support/paths.ts';
import {
  fileForPath,
  ipDecisionMarkets,
  ipDecisionNeeds,
  languages,
  readSiteContent,
  type Language,
} from '#scripts/support/site-map.ts';

const distDir = inject('distDir');
const guides = readSiteContent(contentDir).ipGuides;
const { facts } = readFacts(contentDir);

interface Cell {
  text: Record<Language, string>;
  source: { title: string; url: string };
  toBeChecked?: Record<Language, string>;
}
interface Row {
  id: string;
  aspect: Record<Language, string>;
  guide: string;
  lawAsOf?: string | Date;
  cells: Record<'IT' | 'CH' | 'EU', Cell>;
}

const rows = parse(readFileSync(path.join(contentDir, 'ip-comparison.yaml'), 'utf8'), {
  // Dates stay as written (YYYY-MM-DD), as the page's <time datetime> shows them.
  schema: 'core',
}) as Row[];

function html(urlPath: string): string {
  return readFileSync(fileForPath(distDir, urlPath), 'utf8');
}

/** Text without tags, entities decoded, white space collapsed: what a reader sees. */
function visibleText(markup: string): string {
  return markup
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ')
    .trim();
}

function hrefs(markup: string): string[] {
  return parseTags(markup)
    .filter((tag) => tag.name === 'a')
    .map((tag) => tag.attributes.get('href') ?? '');
}

/** The markup of the table row with this id. */
function rowMarkup(page: string, id: string): string | undefined {
  return new RegExp(`<tr[^>]*\\bid="${id}"[^>]*>([\\s\\S]*?)</tr>`).exec(page)?.[1];
}

describe('the comparison data file', () => {
  it('has rows, each with three cells', () => {
    expect(rows.length).toBeGreaterThanOrEqual(10);
    for (const row of rows) expect(Object.keys(row.cells).sort(), row.id).toEqual(['CH', 'EU', 'IT']);
  });
});

describe.each(languages)('the comparison page in %s', (language) => {
  const page = html(`/${language}/ip/compare/`);

  it('has a table with a caption and headers scoped to their column or row', () => {
    expect(page).toMatch(/<table[^>]*>\s*<caption/);
    expect(page.match(/<th scope="col"/g)?.length).toBe(4);
    expect(page.match(/<th scope="row"/g)?.length).toBe(rows.length);
  });

  it('shows every row in file order, with its aspect, law date and guide', () => {
    const order = [...page.matchAll(/<tr[^>]*\bid="([a-z0-9-]+)"/g)].map((match) => match[1]);
    expect(order).toEqual(rows.map((row) => row.id));
    for (const row of rows) {
      const markup = rowMarkup(page, row.id)!;
      // A row whose cells use facts is as current as the most recently reviewed of them.
      const factIds = Object.values(row.cells).flatMap((cell) => factIdsIn(cell.text[language]));
      const lawAsOf =
        factIds.length > 0
          ? factIds
              .map((id) => facts.get(id)!.reviewed.date.toISOString().slice(0, 10))
              .sort()
              .at(-1)
          : row.lawAsOf instanceof Date
            ? row.lawAsOf.toISOString().slice(0, 10)
            : String(row.lawAsOf);
      expect(visibleText(markup), row.id).toContain(row.aspect[language]);
      expect(markup, `${row.id}: law date`).toContain(`datetime="${lawAsOf}"`);
      expect(hrefs(markup), `${row.id}: guide link`).toContain(`/${language}/ip/${row.guide}/`);
    }
  });

  it('shows the text and links the source of every cell, and says "to be checked" in words', () => {
    const flagWord = language === 'it' ? 'Da verificare' : 'To be checked';
    for (const row of rows) {
      const markup = rowMarkup(page, row.id)!;
      const text = visibleText(markup);
      const links = hrefs(markup);
      for (const [column, cell] of Object.entries(row.cells)) {
        // The words around each {fact:…} as written; each fact as an element the Fact component drew.
        for (const part of splitFactText(cell.text[language])) {
          if ('factId' in part)
            expect(markup, `${row.id} ${column}: ${part.factId}`).toContain(`data-fact="${part.factId}"`);
          else if (part.text.trim().length > 2)
            expect(text, `${row.id} ${column}: text`).toContain(visibleText(part.text));
        }
        expect(links, `${row.id} ${column}: source link`).toContain(cell.source.url);
        if (cell.toBeChecked) {
          expect(text, `${row.id} ${column}: flag`).toContain(
            `${flagWord}: ${visibleText(cell.toBeChecked[language])}`,
          );
        }
      }
    }
  });
});

describe.each(languages)('the IP decision helper in %s', (language) => {
  const start = `/${language}/ip/decide/`;

  it('is linked from the IP index and the home page, as is the comparison', () => {
    expect(hrefs(html(`/${language}/ip/`))).toEqual(expect.arrayContaining([start, `/${language}/ip/compare/`]));
    expect(hrefs(html(`/${language}/`))).toContain(start);
  });

  it('offers every need on its first page, and every market for each need, with a way back', () => {
    const first = hrefs(html(start));
    for (const need of ipDecisionNeeds) {
      expect(first).toContain(`${start}${need}/`);
      const links = hrefs(html(`${start}${need}/`));
      for (const market of ipDecisionMarkets) expect(links).toContain(`${start}${need}/${market}/`);
      expect(links, `${need}: back to the first step`).toContain(start);
    }
  });

  it('ends every path on at least two existing guides, each with a reason, and links back', () => {
    const problems: string[] = [];
    for (const need of ipDecisionNeeds) {
      for (const market of ipDecisionMarkets) {
        const urlPath = `${start}${need}/${market}/`;
        const page = html(urlPath);
        const advice = /<ol class="advice"[^>]*>([\s\S]*?)<\/ol>/.exec(page)?.[1] ?? '';
        const guideLinks = [
          ...new Set(hrefs(advice).filter((href) => new RegExp(`^/${language}/ip/[a-z0-9-]+/$`).test(href))),
        ];
        const slugs = guideLinks.map((href) => href.split('/')[3]!);
        if (slugs.length < 2) problems.push(`${urlPath}: ${slugs.length} guides`);
        for (const slug of slugs) {
          if (!guides.has(slug))
            problems.push(`${urlPath}: links to /${language}/ip/${slug}/, not a guide in content/`);
        }
        const reasons = [...advice.matchAll(/<p class="reason"[^>]*>([\s\S]*?)<\/p>/g)].map((match) =>
          visibleText(match[1]!),
        );
        if (reasons.length !== slugs.length || reasons.some((reason) => reason.length < 20)) {
          problems.push(`${urlPath}: ${reasons.length} reasons for ${slugs.length} guides`);
        }
        const links = hrefs(page);
        if (!links.includes(`${start}${need}/`) || !links.includes(start)) {
          problems.push(`${urlPath}: no link back to the previous step and the start`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

describe.each(languages)('the IP guides index in %s', (language) => {
  const page = html(`/${language}/ip/`);
  const topicOrder = (
    parse(readFileSync(path.join(contentDir, 'taxonomies', 'ip-topics.yaml'), 'utf8')) as { id: string }[]
  ).map((topic) => topic.id);
  const sections = [...page.matchAll(/<section[^>]*data-topics="([^"]+)"[^>]*>([\s\S]*?)<\/section>/g)].map(
    (match) => ({
      topics: match[1]!.split(' '),
      // One card per guide: the distinct guide pages the section links to.
      cards: new Set(match[2]!.match(new RegExp(`href="/${language}/ip/[a-z0-9-]+/"`, 'g'))).size,
    }),
  );

  it('leads with patents and orders its sections as ip-topics.yaml does, not by name', () => {
    expect(sections[0]?.topics).toEqual(['patents']);
    const shown = sections.flatMap((section) => section.topics);
    expect(shown).toEqual(topicOrder.filter((id) => shown.includes(id)));
  });

  it('has no section of a single card, and puts "save for offline" after the guides', () => {
    expect(sections.length).toBeGreaterThan(2);
    for (const section of sections) expect(section.cards, section.topics.join(' ')).toBeGreaterThan(1);
    const lastSection = page.lastIndexOf('data-topics=');
    expect(page.indexOf('save-offline', lastSection), 'the offline panel').toBeGreaterThan(lastSection);
  });
});
