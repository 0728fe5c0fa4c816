/**
 * The table of rules in CONTRIBUTING.md and CONTRIBUTING.it.md, written from the registry by
 * `npm run rules:table` so that the guides name every rule the check runs, and no other.
 */
import type { Locale } from '#i18n/locales.ts';
import { rules } from './rules/index.ts';

export const RULES_TABLE_COMMAND = 'npm run rules:table';

/** The guide for editors in each language, from the project root. */
export const rulesTableFiles: Readonly<Record<Locale, string>> = { en: 'CONTRIBUTING.md', it: 'CONTRIBUTING.it.md' };

const START = `<!-- rules:start (written by ${RULES_TABLE_COMMAND}: edit the summaries in src/features/content-check/rules/) -->`;
const END = '<!-- rules:end -->';

const headers: Readonly<Record<Locale, readonly [string, string]>> = {
  en: ['Rule', 'What it checks'],
  it: ['Regola', 'Che cosa controlla'],
};

/** Columns padded to one width, as Prettier writes Markdown tables, so the formatter leaves it alone. */
function markdownTable(rows: readonly (readonly string[])[]): string {
  const width = (text: string) => [...text].length;
  const widths = rows[0]!.map((_, column) => Math.max(3, ...rows.map((row) => width(row[column]!))));
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell, column) => cell + ' '.repeat(widths[column]! - width(cell))).join(' | ')} |`;
  return [line(rows[0]!), line(widths.map((size) => '-'.repeat(size))), ...rows.slice(1).map(line)].join('\n');
}

export function rulesTable(locale: Locale): string {
  return markdownTable([headers[locale], ...rules.map((rule) => [`\`${rule.id}\``, rule.summary[locale]])]);
}

/** The guide with its table of rules brought up to date; throws when the markers are missing. */
export function withRulesTable(markdown: string, locale: Locale): string {
  const start = markdown.search(/<!-- rules:start\b[^>]*-->/);
  const end = markdown.indexOf(END);
  if (start === -1 || end < start) {
    throw new Error(
      `${rulesTableFiles[locale]}: the table of rules needs a line "<!-- rules:start -->" before it and "${END}" after it`,
    );
  }
  return `${markdown.slice(0, start)}${START}\n\n${rulesTable(locale)}\n\n${markdown.slice(end)}`;
}
