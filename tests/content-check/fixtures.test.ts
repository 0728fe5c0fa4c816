/**
 * The bad-content corpus (tests/content-check/fixtures/): every fixture holds one mistake an
 * editor can make (a few hold two, to show that one run reports both). For each one:
 * - the content check reports exactly the expected errors, and nothing else, and the expected
 *   warnings where the fixture lists them;
 * - each error comes from a rule that names the fixture, and each rule that names it finds something;
 * - the build refuses it: the integration that guards `astro build` throws with the same line
 *   (two real `astro build` runs in tests/build/content-errors.test.ts show that the guard
 *   really stops the build, and that unsafe MDX is refused by the compiler even without it);
 * - unsafe MDX is also refused by the MDX compiler itself, as configured for the build.
 */
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editorialChecks } from '#features/content-check/astro-integration.ts';
import { checkContent } from '#features/content-check/check-content.ts';
import { formatProblem } from '#features/content-check/problem.ts';
import { rules } from '#features/content-check/rules/index.ts';
import { ContentError } from '#schemas/format-issues.ts';
import { safeMdxPlugin, UnsafeMdxError } from '#features/safe-mdx/index.ts';
import { baseSiteDir, materialiseFixture, readFixtures, type Fixture } from './support.ts';

const fixtures = readFixtures();

/** Runs the build's guard exactly as `astro build` does, on a project root. */
async function runBuildGuard(root: string): Promise<void> {
  const hook = editorialChecks().hooks['astro:config:setup']!;
  const logger = { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} };
  const config = {
    root: pathToFileURL(`${root}${path.sep}`),
    markdown: { processor: { name: 'satteri', options: { mdastPlugins: [] } } },
  };
  await hook({ config, command: 'build', logger } as unknown as Parameters<typeof hook>[0]);
}

describe('the bad-content corpus', () => {
  it('holds at least 40 fixtures, each with its expected message', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(40);
    const incomplete = fixtures
      .filter((fixture) => (fixture.expectedErrors.length === 0 && !fixture.expectedWarnings?.length) || !fixture.about)
      .map((fixture) => fixture.name);
    expect(incomplete, 'fixtures without expected.txt (or expected-warnings.txt) or "about"').toEqual([]);
    const unchanged = fixtures.filter((fixture) => fixture.files.length === 0 && fixture.remove.length === 0);
    expect(
      unchanged.map((fixture) => fixture.name),
      'fixtures that change nothing',
    ).toEqual([]);
  });

  it('covers the mistakes the issue names', () => {
    const names = fixtures.map((fixture) => fixture.name).join(' ');
    for (const mistake of [
      'import',
      'export',
      'expression',
      'unknown-component',
      'script',
      'onclick',
      'javascript-link',
    ]) {
      expect(names).toContain(mistake);
    }
  });

  it('starts from a base site with no errors and no warnings', () => {
    // Pinned "today": the base site's review dates would otherwise turn into warnings next year.
    const result = checkContent({ root: baseSiteDir, now: new Date('2026-11-28T12:00:00Z') });
    expect(result.errors.map(formatProblem)).toEqual([]);
    expect(result.warnings.map(formatProblem)).toEqual([]);
  });

  it('lets the base site through the build guard', async () => {
    await expect(runBuildGuard(baseSiteDir)).resolves.toBeUndefined();
  });
});

describe.each(fixtures.map((fixture) => [fixture.name, fixture] as const))('%s', (_name, fixture: Fixture) => {
  let root: string;
  beforeAll(async () => {
    root = await materialiseFixture(fixture);
  });
  afterAll(async () => {
    if (root) await rm(root, { recursive: true, force: true });
  });

  it(`the content check reports it: ${fixture.about}`, () => {
    const result = checkContent({ root });
    expect(result.errors.map(formatProblem)).toEqual(fixture.expectedErrors);
    if (fixture.expectedWarnings) expect(result.warnings.map(formatProblem)).toEqual(fixture.expectedWarnings);
  });

  it('is found by the rules that name it', () => {
    const result = checkContent({ root });
    const naming = rules.filter((rule) => rule.fixtures.includes(fixture.name)).map((rule) => rule.id);
    const errorRules = new Set(result.errors.map((problem) => problem.rule));
    const found = new Set([...result.errors, ...result.warnings].map((problem) => problem.rule));
    expect(
      [...errorRules].filter((id) => !naming.includes(id!)),
      'errors of rules that do not name it',
    ).toEqual([]);
    expect(
      naming.filter((id) => !found.has(id)),
      'rules that name it but find nothing',
    ).toEqual([]);
  });

  if (fixture.lapsed) {
    it('the build guard lets it through, with the same message as a warning: the passing of a day never stops a build', async () => {
      await expect(runBuildGuard(root)).resolves.toBeUndefined();
      const result = checkContent({ root, lapsedAsWarnings: true });
      expect(result.errors.map(formatProblem)).toEqual([]);
      expect(result.warnings.map(formatProblem)).toEqual(expect.arrayContaining(fixture.expectedErrors));
    });
  } else if (fixture.expectedErrors.length > 0) {
    it('the build guard stops the build with the same message', async () => {
      const guard = runBuildGuard(root);
      await expect(guard).rejects.toBeInstanceOf(ContentError);
      for (const line of fixture.expectedErrors) await expect(guard).rejects.toThrow(line);
    });
  } else {
    it('the build guard lets it through: warnings never stop the build', async () => {
      await expect(runBuildGuard(root)).resolves.toBeUndefined();
    });
  }

  if (fixture.refusedWhileCompiling) {
    it('the MDX compiler refuses it while building the page', async () => {
      const mdxFiles = fixture.files.filter((file) => file.endsWith('.mdx'));
      expect(mdxFiles.length).toBeGreaterThan(0);
      for (const file of mdxFiles) {
        const absolute = path.join(root, 'content', file);
        // As Astro's MDX integration compiles it: GFM on, the file's URL for messages.
        const compile = (async () =>
          mdxToJs(readFileSync(absolute, 'utf8'), {
            mdastPlugins: [safeMdxPlugin({ root })],
            features: { gfm: true },
            fileURL: pathToFileURL(absolute),
          }))();
        const error = await compile.then(
          () => undefined,
          (thrown: unknown) => thrown,
        );
        expect(error, `${file} compiled although it should not`).toBeInstanceOf(Error);
        if (error instanceof UnsafeMdxError) {
          for (const line of fixture.expectedErrors) expect(error.message).toContain(line);
        }
      }
    });
  }
});
