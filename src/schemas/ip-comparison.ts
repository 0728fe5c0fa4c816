/**
 * The Italy–Switzerland–EU comparison: content/ip-comparison.yaml, a list of rows. Each row is one
 * aspect of IP protection (e.g. "how long a patent lasts"), with the law's date and one cell per
 * legal system; every cell names the source it relies on and may be flagged "to be checked".
 */
import { z } from 'zod';
import { closestMatch } from './closest-match.ts';
import { refersTo } from './field-meta.ts';
import { calendarDate, expected, nonEmptyText, reviewed, slug, source, strictObject, SLUG_PATTERN } from './common.ts';

/** The columns of the comparison, in the order the page shows them. */
export const comparisonColumns = ['IT', 'CH', 'EU'] as const;
export type ComparisonColumn = (typeof comparisonColumns)[number];

/** Text in both languages: the comparison is shown side by side, so neither may be missing. */
const bothLanguages = (what: string) =>
  strictObject({
    it: nonEmptyText.describe(`${what}, in Italian`),
    en: nonEmptyText.describe(`${what}, in English`),
  });

const cell = strictObject({
  text: bothLanguages('What the law says for this column, in one or two short sentences').describe(
    'The fact itself, in Italian and English',
  ),
  source: source.describe('Where the fact comes from: one source with a title and an https:// address'),
  toBeChecked: bothLanguages('What is uncertain and why, e.g. "sources give mid-2026 or 2027"')
    .optional()
    .describe('Only when sources disagree or the law is changing: shown to readers as "to be checked"'),
});

export type ComparisonCell = z.output<typeof cell>;

/** A guide slug that must exist in content/ip-guides/; the message suggests the closest one. */
function guideSlug(guideSlugs: readonly string[]) {
  return refersTo(slug, 'ipGuides').check((ctx) => {
    // A malformed slug is already reported by the slug pattern: one message is enough.
    if (guideSlugs.includes(ctx.value) || !SLUG_PATTERN.test(ctx.value)) return;
    const hint = closestMatch(ctx.value, guideSlugs);
    ctx.issues.push({
      code: 'custom',
      input: ctx.value,
      message:
        `no IP guide "${ctx.value}" in content/ip-guides/` +
        (hint ? ` (did you mean "${hint}"?)` : ': write the file name of a guide, without .mdx'),
    });
  });
}

export function ipComparisonRowSchema({ guideSlugs }: { guideSlugs: readonly string[] }) {
  return strictObject({
    id: slug.describe('Stable id of the row, e.g. "patent-term"; used as the row’s anchor on the page'),
    aspect: bothLanguages('What the row compares, e.g. "How long a patent lasts"').describe(
      'The row heading, in Italian and English',
    ),
    guide: guideSlug(guideSlugs).describe('File name (without .mdx) of the IP guide that explains this row'),
    lawAsOf: calendarDate
      .optional()
      .describe(
        'Date of the law the row describes (YYYY-MM-DD): only for a row whose cells use no facts; otherwise the newest review date of its facts',
      ),
    reviewed: reviewed.describe('Last editorial check of every cell of the row'),
    cells: strictObject({
      IT: cell.describe('Italy'),
      CH: cell.describe('Switzerland'),
      EU: cell.describe('The European Union and the European patent system (EPO)'),
    }).describe('One cell per column: IT, CH and EU'),
  }).refine((row) => !row.lawAsOf || row.lawAsOf.getTime() <= row.reviewed.date.getTime(), {
    error: '"lawAsOf" cannot be later than the review date: the law can only be known as of when it was checked',
    path: ['lawAsOf'],
  });
}

/** The whole file: a list of rows with distinct ids. */
export function ipComparisonSchema(context: { guideSlugs: readonly string[] }) {
  return z
    .array(ipComparisonRowSchema(context), {
      error: expected('expected a list of rows, each starting with "- id:"'),
    })
    .min(1, { error: 'needs at least one row' })
    .check((ctx) => {
      const seen = new Set<string>();
      ctx.value.forEach((row, index) => {
        if (seen.has(row.id)) {
          ctx.issues.push({
            code: 'custom',
            input: row.id,
            path: [index, 'id'],
            message: `the id "${row.id}" is used by an earlier row: each row needs its own id`,
          });
        }
        seen.add(row.id);
      });
    });
}
