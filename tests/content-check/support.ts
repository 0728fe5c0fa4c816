/**
 * The bad-content corpus: tests/content-check/fixtures/<name>/ holds the files of one mistake
 * (laid over the small valid site in tests/content-check/base/), fixture.json says what the
 * mistake is, expected.txt the exact errors the content check must give (one per line) and, for
 * mistakes that are only advice, expected-warnings.txt the exact warnings. The rules that find a
 * fixture's mistake name it (src/features/content-check/rules/).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const contentCheckTestsDir = path.dirname(fileURLToPath(import.meta.url));
export const baseSiteDir = path.join(contentCheckTestsDir, 'base');
export const fixturesDir = path.join(contentCheckTestsDir, 'fixtures');

export interface Fixture {
  name: string;
  /** What the editor did wrong, in a few words. */
  about: string;
  /** Files of the base site (paths under content/) the mistake deletes. */
  remove: string[];
  /** True when the MDX compiler itself refuses the file during the build (safe MDX). */
  refusedWhileCompiling: boolean;
  /** True when only a day passing makes the mistake: an error for the check, a warning for the build. */
  lapsed: boolean;
  /** The error lines the content check must print, as written in expected.txt. */
  expected: string;
  /** The same, one line each. */
  expectedErrors: string[];
  /** The warnings it must print (expected-warnings.txt); undefined when the fixture does not say. */
  expectedWarnings: string[] | undefined;
  /** Files the fixture adds or replaces, under content/. */
  files: string[];
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

const lines = (text: string) => text.split('\n').filter((line) => line.trim() !== '');

export function readFixtures(): Fixture[] {
  return readdirSync(fixturesDir)
    .sort()
    .map((name) => {
      const dir = path.join(fixturesDir, name);
      const meta = JSON.parse(readFileSync(path.join(dir, 'fixture.json'), 'utf8')) as {
        about: string;
        remove?: string[];
        refusedWhileCompiling?: boolean;
        lapsed?: boolean;
      };
      const expectedFile = path.join(dir, 'expected.txt');
      const expected = existsSync(expectedFile) ? readFileSync(expectedFile, 'utf8').trim() : '';
      const warningsFile = path.join(dir, 'expected-warnings.txt');
      return {
        name,
        about: meta.about,
        remove: meta.remove ?? [],
        refusedWhileCompiling: meta.refusedWhileCompiling ?? false,
        lapsed: meta.lapsed ?? false,
        expected,
        expectedErrors: lines(expected),
        expectedWarnings: existsSync(warningsFile) ? lines(readFileSync(warningsFile, 'utf8')) : undefined,
        files: existsSync(path.join(dir, 'content')) ? filesUnder(path.join(dir, 'content')) : [],
      };
    });
}

/**
 * A temporary project root whose content/ is the base site with the fixture laid over it.
 * `into` lets a caller put the content into an existing copy of the whole site.
 */
export async function materialiseFixture(fixture: Fixture, into?: string): Promise<string> {
  const root = into ?? (await mkdtemp(path.join(os.tmpdir(), `pmi-hub-fixture-${fixture.name}-`)));
  const content = path.join(root, 'content');
  await rm(content, { recursive: true, force: true });
  await cp(path.join(baseSiteDir, 'content'), content, { recursive: true });
  const overlay = path.join(fixturesDir, fixture.name, 'content');
  if (existsSync(overlay)) await cp(overlay, content, { recursive: true });
  for (const file of fixture.remove) await rm(path.join(content, file), { force: true });
  return root;
}

/**
 * Does what an editor does with a scaffolded file: writes real text where it says "TODO", picks
 * the values the "# TODO" notes ask about (keeping the suggested ones) and deletes the notes.
 */
export function fillTodos(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      line
        .replace(/\s+#\s*TODO\b.*$/, '')
        .replace(/"TODO:[^"]*"/g, '"Written by an editor"')
        .replace(/https:\/\/www\.example\.org\/TODO[\w-]*/g, 'https://www.example.org/source')
        .replace(/^TODO:.*$/, 'Text written by an editor.'),
    )
    .join('\n');
}
