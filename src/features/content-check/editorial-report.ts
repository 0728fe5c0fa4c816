/**
 * The editorial report: what needs an editor's attention even when every check passes —
 * reviews older than 12 months, missing translations, entries without sources, companies and
 * centres no success story names, open points in IP guides, vocabulary terms nobody uses.
 * Built from the content check's inventory; `npm run report` prints it as Markdown (for a
 * pull-request comment) and /{lang}/editorial-report/ shows it as a page.
 */
import { locales, type Locale } from '#i18n/locales.ts';
import type { ContentCheckResult, InventoryEntry } from './check-content.ts';
import type { ContentKind } from './content-kinds.ts';

export const STALE_AFTER_MONTHS = 12;

export interface ReportEntry {
  kind: ContentKind;
  id: string;
  title: string;
  /** Language of `title`; undefined when it is the same in both (company and centre names). */
  lang: Locale | undefined;
  titles: Partial<Record<Locale, string>>;
  file: string;
  example: boolean;
}

export interface EditorialReport {
  generatedOn: Date;
  counts: Record<ContentKind, number>;
  /** Errors the content check still finds: normally none on the main branch. */
  errorCount: number;
  staleReviews: (ReportEntry & { reviewedFile: string; date: Date; by: string; months: number })[];
  missingTranslations: (ReportEntry & { missing: Locale; fields: string[] })[];
  withoutSources: ReportEntry[];
  notInAnyStory: ReportEntry[];
  openPoints: (ReportEntry & { points: string[]; pointsByLanguage: Partial<Record<Locale, string[]>> })[];
  unusedTerms: { file: string; ids: string[] }[];
  /** Every fact, soonest review first; `daysLeft` is negative once the review date has passed. */
  factReviews: { id: string; label: Record<Locale, string>; file: string; reviewBy: Date; daysLeft: number }[];
  /** Facts due for review within FACT_REVIEW_NOTICE_DAYS, or overdue. */
  factsDue: number;
}

export const FACT_REVIEW_NOTICE_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;

function monthsBetween(earlier: Date, later: Date): number {
  return (
    (later.getUTCFullYear() - earlier.getUTCFullYear()) * 12 +
    (later.getUTCMonth() - earlier.getUTCMonth()) -
    (later.getUTCDate() < earlier.getUTCDate() ? 1 : 0)
  );
}

const kindOrder: ContentKind[] = [
  'caseStudies',
  'companies',
  'researchCentres',
  'ipGuides',
  'calls',
  'events',
  'requests',
  'pages',
];

function byKindThenTitle(a: ReportEntry, b: ReportEntry): number {
  return kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind) || a.title.localeCompare(b.title, 'it');
}

function reportEntry(entry: InventoryEntry): ReportEntry {
  return {
    kind: entry.kind,
    id: entry.id,
    title: entry.title,
    lang: entry.lang,
    titles: entry.titles,
    file: entry.file,
    example: entry.example,
  };
}

export function buildEditorialReport(result: ContentCheckResult, now: Date): EditorialReport {
  const entries = result.entries;
  const counts = Object.fromEntries(
    kindOrder.map((kind) => [kind, entries.filter((entry) => entry.kind === kind).length]),
  ) as Record<ContentKind, number>;

  const staleReviews = entries
    .flatMap((entry) =>
      entry.reviews.map((review) => ({
        ...reportEntry(entry),
        reviewedFile: review.file,
        date: review.date,
        by: review.by,
        months: monthsBetween(review.date, now),
      })),
    )
    .filter((review) => review.months >= STALE_AFTER_MONTHS)
    .sort((a, b) => a.date.getTime() - b.date.getTime() || a.reviewedFile.localeCompare(b.reviewedFile));

  const missingTranslations = entries
    .flatMap((entry) =>
      locales
        .filter((locale) => !entry.languages.includes(locale))
        .map((missing) => ({ ...reportEntry(entry), missing, fields: entry.missingTexts[missing] ?? [] })),
    )
    .sort((a, b) => byKindThenTitle(a, b) || a.missing.localeCompare(b.missing));

  const factReviews = result.facts.map((fact) => ({
    id: fact.id,
    label: fact.label,
    file: fact.file,
    reviewBy: fact.reviewBy,
    daysLeft: Math.round((fact.reviewBy.getTime() - now.getTime()) / DAY_MS),
  }));

  const named = new Set(entries.flatMap((entry) => [...entry.companies, ...entry.researchCentres]));
  const notInAnyStory = entries
    .filter((entry) => (entry.kind === 'companies' || entry.kind === 'researchCentres') && !named.has(entry.id))
    .map(reportEntry)
    .sort(byKindThenTitle);

  return {
    generatedOn: now,
    counts,
    errorCount: result.errors.length,
    staleReviews,
    missingTranslations,
    // Fictional examples may have no sources, and standing pages need none.
    withoutSources: entries
      .filter((entry) => entry.sources === 0 && entry.kind !== 'pages' && !entry.example)
      .map(reportEntry)
      .sort(byKindThenTitle),
    notInAnyStory,
    openPoints: entries
      .filter((entry) => entry.toBeChecked.length > 0)
      .map((entry) => ({
        ...reportEntry(entry),
        points: entry.toBeChecked,
        pointsByLanguage: entry.toBeCheckedByLanguage,
      }))
      .sort(byKindThenTitle),
    unusedTerms: result.taxonomies
      .filter((taxonomy) => taxonomy.unused.length > 0)
      .map((taxonomy) => ({ file: taxonomy.file, ids: taxonomy.unused })),
    factReviews,
    factsDue: factReviews.filter((fact) => fact.daysLeft <= FACT_REVIEW_NOTICE_DAYS).length,
  };
}

const kindNames: Record<ContentKind, { one: string; many: string }> = {
  caseStudies: { one: 'success story', many: 'success stories' },
  companies: { one: 'company', many: 'companies' },
  researchCentres: { one: 'research centre', many: 'research centres' },
  ipGuides: { one: 'IP guide', many: 'IP guides' },
  calls: { one: 'funding call', many: 'funding calls' },
  events: { one: 'event', many: 'events' },
  requests: { one: 'request or offer', many: 'requests and offers' },
  pages: { one: 'page', many: 'pages' },
};

const languageNames: Record<Locale, string> = { it: 'Italian', en: 'English' };

/** Markdown for a pull-request comment or the CI summary. `editUrl` links each file to its editor. */
export function editorialReportMarkdown(report: EditorialReport, editUrl: (file: string) => string): string {
  const day = report.generatedOn.toISOString().slice(0, 10);
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const file = (path: string) => `[\`${path}\`](${editUrl(path)})`;
  const title = (entry: ReportEntry) => `${cell(entry.title)}${entry.example ? ' _(example)_' : ''}`;
  const lines: string[] = [`## Editorial report, ${day}`, ''];
  const total = kindOrder.reduce((sum, kind) => sum + report.counts[kind], 0);
  lines.push(
    `**${total} entries:** ` +
      kindOrder
        // Kinds a site has none of yet (calls, events) stay out of the summary.
        .filter((kind) => report.counts[kind] > 0)
        .map(
          (kind) => `${report.counts[kind]} ${report.counts[kind] === 1 ? kindNames[kind].one : kindNames[kind].many}`,
        )
        .join(', ') +
      '.',
    '',
  );
  if (report.errorCount > 0) {
    lines.push(`> ⚠️ The content check finds ${report.errorCount} errors: run \`npm run check:content\`.`, '');
  }
  const section = (heading: string, count: number, lead: string, body: () => string[]) => {
    lines.push(`### ${heading} (${count})`, '');
    if (count === 0) lines.push('None.', '');
    else lines.push(lead, '', ...body(), '');
  };
  section(
    `Reviews older than ${STALE_AFTER_MONTHS} months`,
    report.staleReviews.length,
    'Check the facts and sources, then set `reviewed.date` to the day of the check.',
    () => [
      '| Entry | File | Last reviewed | By |',
      '| --- | --- | --- | --- |',
      ...report.staleReviews.map(
        (review) =>
          `| ${title(review)} | ${file(review.reviewedFile)} | ${review.date.toISOString().slice(0, 10)} (${review.months} months ago) | ${cell(review.by)} |`,
      ),
    ],
  );
  section(
    'Missing translations',
    report.missingTranslations.length,
    'The site shows the other language with a notice until the translation is added.',
    () => [
      '| Entry | Missing | File |',
      '| --- | --- | --- |',
      ...report.missingTranslations.map(
        (item) =>
          `| ${title(item)} | ${languageNames[item.missing]}${item.fields.length > 0 ? `: ${item.fields.map((field) => `\`${field}\``).join(', ')}` : ' version'} | ${file(item.file)} |`,
      ),
    ],
  );
  section(
    'Entries without sources',
    report.withoutSources.length,
    'Readers cannot check these facts. Fictional examples may have none; real entries need at least one.',
    () => [
      '| Entry | Kind | File |',
      '| --- | --- | --- |',
      ...report.withoutSources.map(
        (entry) => `| ${title(entry)} | ${kindNames[entry.kind].one} | ${file(entry.file)} |`,
      ),
    ],
  );
  section(
    'Companies and centres not named in any success story',
    report.notInAnyStory.length,
    'Candidates for a new story, or profiles to link from an existing one.',
    () => [
      '| Entry | Kind | File |',
      '| --- | --- | --- |',
      ...report.notInAnyStory.map(
        (entry) => `| ${title(entry)} | ${kindNames[entry.kind].one} | ${file(entry.file)} |`,
      ),
    ],
  );
  section(
    'IP guides: points still to be checked',
    report.openPoints.length,
    'Shown to readers as "to be checked" until the law or the sources settle.',
    () =>
      report.openPoints.flatMap((guide) => [
        `- ${title(guide)} (${file(guide.file)})`,
        ...guide.points.map((point) => `  - ${cell(point)}`),
      ]),
  );
  section(
    `Facts due for review within ${FACT_REVIEW_NOTICE_DAYS} days`,
    report.factsDue,
    'Check each regime against its source, then set `reviewed.date` and a new `reviewBy`. All facts, soonest first:',
    () => [
      '| Fact | Review by | File |',
      '| --- | --- | --- |',
      ...report.factReviews.map(
        (fact) =>
          `| ${cell(fact.label.en)} (\`${fact.id}\`) | ${fact.reviewBy.toISOString().slice(0, 10)}${fact.daysLeft < 0 ? ' **(overdue)**' : ''} | ${file(fact.file)} |`,
      ),
    ],
  );
  section(
    'Vocabulary terms no entry uses',
    report.unusedTerms.reduce((sum, taxonomy) => sum + taxonomy.ids.length, 0),
    'Not a problem in itself; a term nobody uses for long may be worth removing.',
    () =>
      report.unusedTerms.map(
        (taxonomy) => `- ${file(taxonomy.file)}: ${taxonomy.ids.map((id) => `\`${id}\``).join(', ')}`,
      ),
  );
  return `${lines.join('\n').trimEnd()}\n`;
}
