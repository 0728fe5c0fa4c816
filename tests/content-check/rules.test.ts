/**
 * The rules of the content check (src/features/content-check/rules/): each has a kebab-case id
 * of its own, a one-line summary in both languages, and fixtures of the bad-content corpus that
 * prove it; every fixture is named by a rule. fixtures.test.ts shows that each rule finds the
 * mistakes of its fixtures.
 */
import { describe, expect, it } from 'vitest';
import { rules } from '#features/content-check/rules/index.ts';
import { readFixtures } from './support.ts';

const fixtureNames = readFixtures().map((fixture) => fixture.name);

describe('the rules of the content check', () => {
  it('have kebab-case ids, each used once', () => {
    const ids = rules.map((rule) => rule.id);
    expect(ids.filter((id) => !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id))).toEqual([]);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it('say in one line, in English and Italian, what they check', () => {
    for (const rule of rules) {
      for (const summary of Object.values(rule.summary)) {
        expect(summary.trim(), rule.id).not.toBe('');
        // One line of the table in CONTRIBUTING.md: no line break, no column separator.
        expect(summary, rule.id).not.toMatch(/[\n|]/);
      }
    }
  });

  it('each name at least one fixture', () => {
    expect(rules.filter((rule) => rule.fixtures.length === 0).map((rule) => rule.id)).toEqual([]);
  });

  it('name only fixtures that exist', () => {
    const unknown = rules.flatMap((rule) =>
      rule.fixtures.filter((name) => !fixtureNames.includes(name)).map((name) => `${rule.id}: ${name}`),
    );
    expect(unknown, 'fixtures named by a rule but missing from tests/content-check/fixtures/').toEqual([]);
  });

  it('name every fixture', () => {
    const named = new Set(rules.flatMap((rule) => rule.fixtures));
    expect(
      fixtureNames.filter((name) => !named.has(name)),
      'fixtures no rule names: add each to the fixtures of the rule it proves',
    ).toEqual([]);
  });
});
