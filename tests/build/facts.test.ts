/**
 * Facts on the built pages: one value per fact wherever it appears (guides, the comparison, the
 * decision helper), the corrections of the facts issue in both languages, and the switch of the
 * Swiss patent reform by build date: the test site is built as of 6 December 2026 (the regime in
 * force, with "from 1 January 2027" notes), and a copy as of 2 January 2027 (the new regime).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { decodeEntities } from '../support/html.ts';
import { runAstroBuild } from '../support/astro-build.ts';
import { copySite } from '../support/site-copy.ts';
import { fileForPath, languages, type Language } from '#scripts/support/site-map.ts';

const distDir = inject('distDir');

/** What a reader sees: tags and the screen-reader-only "(external site)" dropped, spaces collapsed. */
function visibleText(markup: string): string {
  return decodeEntities(
    markup
      .replace(/<style[\s\S]*?<\/style>|<script[\s\S]*?<\/script>/g, ' ')
      .replace(/<span class="visually-hidden"[^>]*>[^<]*<\/span>/g, '')
      .replace(/<span aria-hidden="true" class="arrow"[^>]*>[^<]*<\/span>/g, '')
      .replace(/<[^>]+>/g, ' '),
  )
    .replace(/\s+/g, ' ')
    .replace(/ ([),.:;])/g, '$1')
    .replace(/\( /g, '(')
    .trim();
}

function page(dir: string, urlPath: string): string {
  return readFileSync(fileForPath(dir, urlPath), 'utf8');
}

/** The text of the first element carrying data-fact="id" (a <Fact> or a <FeeSchedule>). */
function factText(markup: string, id: string, tag: 'span' | 'div' = 'span'): string {
  const start = markup.indexOf(`<${tag} class="${tag === 'span' ? 'fact' : 'fee-schedule'}" data-fact="${id}"`);
  if (start < 0) throw new Error(`no ${tag === 'span' ? '<Fact>' : '<FeeSchedule>'} for "${id}"`);
  // Count nested tags of the same name to find the element's end.
  const open = new RegExp(`<${tag}\\b|</${tag}>`, 'g');
  open.lastIndex = start;
  let depth = 0;
  for (let match = open.exec(markup); match; match = open.exec(markup)) {
    depth += match[0].startsWith('</') ? -1 : 1;
    if (depth === 0) return visibleText(markup.slice(start, match.index));
  }
  throw new Error(`unclosed element for "${id}"`);
}

const ipPages = (dir: string, language: Language) =>
  readdirSync(path.join(dir, language, 'ip'), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('index.html'))
    .map((name) => `/${language}/ip/${name.replace(/index\.html$/, '')}`.replace(/\/+$/, '/'));

describe.each(languages)('facts on the test site (built as of 2026-12-06) in %s', (language) => {
  const en = language === 'en';

  it('shows each fact with the same value wherever it appears: guides, comparison, decision helper', () => {
    const seen = new Map<string, { text: string; on: string }>();
    const differences: string[] = [];
    const places = new Map<string, Set<string>>();
    for (const urlPath of ipPages(distDir, language)) {
      for (const id of [...page(distDir, urlPath).matchAll(/<span class="fact" data-fact="([^"]+)"/g)].map(
        (m) => m[1]!,
      )) {
        const text = factText(page(distDir, urlPath), id);
        const kind = urlPath.includes('/compare/') ? 'comparison' : urlPath.includes('/decide/') ? 'helper' : 'guide';
        places.set(id, (places.get(id) ?? new Set()).add(kind));
        const first = seen.get(id);
        if (!first) seen.set(id, { text, on: urlPath });
        else if (first.text !== text)
          differences.push(`${id}: "${first.text}" on ${first.on}, "${text}" on ${urlPath}`);
      }
    }
    expect(differences).toEqual([]);
    expect(seen.size).toBeGreaterThanOrEqual(40);
    // The same fact really is shared: these appear in all three places.
    for (const id of ['it.utility-model.term', 'it.patent.term', 'eu.unitary-patent.states']) {
      expect([...(places.get(id) ?? [])].sort(), id).toEqual(['comparison', 'guide', 'helper']);
    }
  });

  it('shows the Swiss renewal schedule in force since 2019 as current, and the change of 1 January 2027', () => {
    const guide = page(distDir, `/${language}/ip/patents-switzerland/`);
    const schedule = factText(guide, 'ch.patent.renewal', 'div');
    const chf = (amount: string) => (en ? `CHF ${amount}` : `${amount} CHF`);
    for (const amount of [
      '100',
      '120',
      '140',
      '160',
      '180',
      '220',
      '260',
      '300',
      '340',
      '400',
      '460',
      '520',
      '600',
      '680',
      '760',
      '860',
      '960',
    ]) {
      expect(schedule).toContain(chf(amount));
    }
    expect(guide).toMatch(/class="fee-schedule" data-fact="ch.patent.renewal" data-fact-status="current"/);
    expect(schedule).toContain(en ? 'Changes on 1 January 2027' : 'Cambia dal 1 gennaio 2027');
    expect(factText(guide, 'ch.patent.examination')).toBe(
      en
        ? 'CHF 500, examination without novelty or inventive step (from 1 January 2027: CHF 400, partial examination)'
        : '500 CHF, esame senza novità e attività inventiva (dal 1 gennaio 2027: 400 CHF, esame parziale)',
    );
    expect(visibleText(guide)).toContain(en ? 'Coming changes' : 'In arrivo');
  });

  it('carries the corrected figures and wording', () => {
    const text = (slug: string) => visibleText(page(distDir, `/${language}/ip/${slug}/`));
    const all = ipPages(distDir, language)
      .map((urlPath) => visibleText(page(distDir, urlPath)))
      .join('\n');
    // 1. Swiss renewals: the 2019 schedule, not "+CHF 50 a year".
    expect(all).not.toMatch(en ? /CHF 50 (more )?(a|each) year/ : /50 in più|CHF 50 in più/);
    // 2. The reform is settled: no "expected" dates.
    expect(all).not.toMatch(en ? /expected (in )?mid-2026|mid-2026/ : /metà 2026/);
    expect(text('patents-switzerland')).toContain(en ? '20 May 2026' : '20 maggio 2026');
    // 3. Swiss software copyright: 50 years after the author's death, settled.
    expect(factText(page(distDir, `/${language}/ip/software-protection/`), 'ch.copyright.software')).toMatch(
      en ? /^50 years/ : /^50 anni/,
    );
    expect(text('software-protection')).not.toMatch(en ? /sources disagree/i : /fonti non concordano/i);
    // 4. CPI art. 65: 6 months, extendable by 3.
    const research = page(distDir, `/${language}/ip/research-collaborations-ip/`);
    expect(factText(research, 'it.art65.deadline')).toMatch(en ? /^6 months/ : /^6 mesi/);
    expect(factText(research, 'it.art65.extension')).toMatch(en ? /^3 months/ : /^3 mesi/);
    expect(visibleText(research)).not.toMatch(en ? /9 months/ : /9 mesi/);
    // 5. Exhibitions: only officially recognised ones; CPI art. 34-bis, flagged.
    expect(text('prior-disclosure-trade-fairs')).toMatch(en ? /officially recognised/ : /ufficialmente riconosciut/);
    expect(text('prior-disclosure-trade-fairs')).toContain('34-bis');
    // 6. SME Fund: the 2026 edition, EUR 2,500, never 3,500.
    const costs = page(distDir, `/${language}/ip/ip-costs-funding/`);
    expect(factText(costs, 'eu.sme-fund.patent-voucher')).toBe(
      en ? 'EUR 2,500, 2026 edition (until 4 December 2026)' : '2.500 EUR, edizione 2026 (fino al 4 dicembre 2026)',
    );
    expect(all).not.toMatch(/3[.,']500/);
    // 7. EU designs: up to 50 per multiple application.
    expect(factText(page(distDir, `/${language}/ip/designs/`), 'eu.design.multiple-application')).toMatch(/^50\b/);
    // 8. Swiss trademark fees.
    const marks = page(distDir, `/${language}/ip/trademarks/`);
    expect(factText(marks, 'ch.trademark.filing')).toMatch(en ? /^CHF 450/ : /^450 CHF/);
    expect(factText(marks, 'ch.trademark.renewal')).toMatch(en ? /^CHF 550/ : /^550 CHF/);
    // 10. Italian text: no Swiss apostrophe thousands, "ed esame".
    if (!en) {
      expect(all).not.toMatch(/\d'\d{3}/);
      expect(all).not.toMatch(/ e esame/);
    }
  });

  it('links no source on a staging host, truncated or with raw non-ASCII characters', () => {
    const bad: string[] = [];
    for (const dir of ['ip', 'research-centres', 'companies', 'case-studies']) {
      const folder = path.join(distDir, language, dir);
      for (const name of readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((file) =>
        file.endsWith('.html'),
      )) {
        const markup = readFileSync(path.join(folder, name), 'utf8');
        for (const [, href] of markup.matchAll(/href="(https:[^"]+)"/g)) {
          if (/uat|staging|\.\.\.|…|[^\x21-\x7e]/.test(decodeEntities(href!))) bad.push(`${dir}/${name}: ${href}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('derives a guide’s "law as of" date from its facts', () => {
    const guide = page(distDir, `/${language}/ip/patents-switzerland/`);
    expect(guide).toMatch(/class="law-as-of"[\s\S]*?<time datetime="2026-12-06"/);
  });
});

describe('the same site built as of 2 January 2027', () => {
  let site: string | undefined;
  let built: string;

  beforeAll(async () => {
    site = await copySite('pmi-hub-facts-2027-');
    // Only the pages matter here: no search index or service worker.
    const build = await runAstroBuild(site, { env: { PMI_BUILD_DATE: '2027-01-02', PMI_POST_BUILD: 'off' } });
    if (build.code !== 0) throw new Error(`the build as of 2027-01-02 failed:\n${build.output}`);
    built = path.join(site, 'dist');
  }, 5 * 60_000);

  afterAll(async () => {
    if (site) await rm(site, { recursive: true, force: true });
  });

  it.each(languages)(
    'shows the new Swiss regime as current and the old one "until 31 December 2026" (%s)',
    (language) => {
      const en = language === 'en';
      const guide = page(built, `/${language}/ip/patents-switzerland/`);
      expect(factText(guide, 'ch.patent.examination')).toBe(
        en
          ? 'CHF 400, partial examination (until 31 December 2026: CHF 500, examination without novelty or inventive step)'
          : '400 CHF, esame parziale (fino al 31 dicembre 2026: 500 CHF, esame senza novità e attività inventiva)',
      );
      expect(factText(guide, 'ch.patent.full-examination')).toBe(
        en ? 'CHF 300, on top of the partial examination' : '300 CHF, in aggiunta all’esame parziale',
      );
      const schedule = factText(guide, 'ch.patent.renewal', 'div');
      expect(guide).toMatch(/class="fee-schedule" data-fact="ch.patent.renewal" data-fact-status="current"/);
      expect(schedule.indexOf(en ? 'due from the 3rd year' : 'dovute dal 3° anno')).toBeGreaterThanOrEqual(0);
      expect(
        schedule.indexOf(
          en
            ? 'Previous rule, in force until 31 December 2026'
            : 'Regola precedente, in vigore fino al 31 dicembre 2026',
        ),
      ).toBeGreaterThan(schedule.indexOf(en ? 'due from the 3rd year' : 'dovute dal 3° anno'));
      expect(visibleText(guide)).not.toContain(en ? 'Coming changes' : 'In arrivo');
      // The comparison and the helper switch with the guides.
      const compare = page(built, `/${language}/ip/compare/`);
      expect(factText(compare, 'ch.patent.renewal-start')).toBe(
        en
          ? 'from the 3rd year (until 31 December 2026: from the 4th year)'
          : 'dal 3° anno (fino al 31 dicembre 2026: dal 4° anno)',
      );
    },
  );
});
