/**
 * npm run rules:table — writes the table of the content check's rules (their ids and summaries,
 * from src/features/content-check/rules/) into CONTRIBUTING.md and CONTRIBUTING.it.md, between
 * the lines <!-- rules:start --> and <!-- rules:end -->. A test fails while either table is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rulesTableFiles, withRulesTable } from '#features/content-check/index.ts';
import { locales } from '#i18n/locales.ts';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

for (const locale of locales) {
  const file = rulesTableFiles[locale];
  const absolute = path.join(root, file);
  const before = readFileSync(absolute, 'utf8');
  const after = withRulesTable(before, locale);
  if (after !== before) writeFileSync(absolute, after);
  process.stdout.write(
    `${file}: ${after === before ? 'the table of rules is up to date' : 'table of rules written'}\n`,
  );
}
