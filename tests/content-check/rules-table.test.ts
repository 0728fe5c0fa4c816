/** The tables of rules in CONTRIBUTING.md and CONTRIBUTING.it.md say what the registry says. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES_TABLE_COMMAND, rulesTableFiles, withRulesTable } from '#features/content-check/index.ts';
import { rules } from '#features/content-check/rules/index.ts';
import { locales } from '#i18n/locales.ts';
import { projectRoot } from '#scripts/support/paths.ts';

describe.each(locales)('the table of rules (%s)', (locale) => {
  const file = rulesTableFiles[locale];
  const text = readFileSync(path.join(projectRoot, file), 'utf8');

  it('is up to date', () => {
    expect(
      withRulesTable(text, locale) === text,
      `${file}: the table of rules is out of date: run ${RULES_TABLE_COMMAND}`,
    ).toBe(true);
  });

  it('lists every rule with its summary in the language of the guide', () => {
    for (const rule of rules) expect(text).toContain(`| \`${rule.id}\``);
    for (const rule of rules) expect(text).toContain(rule.summary[locale]);
  });
});

describe('writing the table', () => {
  it('replaces only what lies between the markers', () => {
    const guide = 'Before\n\n<!-- rules:start -->\nold table\n<!-- rules:end -->\n\nAfter\n';
    const written = withRulesTable(guide, 'en');
    expect(written).toMatch(/^Before\n\n<!-- rules:start[^\n]*-->\n\n\| Rule +\| What it checks +\|\n/);
    expect(written).not.toContain('old table');
    expect(written.endsWith('<!-- rules:end -->\n\nAfter\n')).toBe(true);
    expect(withRulesTable(written, 'en')).toBe(written);
  });

  it('says what is missing when a guide has no markers', () => {
    expect(() => withRulesTable('No table here\n', 'it')).toThrow(/CONTRIBUTING\.it\.md: .*<!-- rules:start -->/);
  });
});
