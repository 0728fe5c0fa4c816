/**
 * Every path the docs name exists: the README, CONTRIBUTING (both languages), tests/README.md
 * and each feature's README. A moved file then breaks this test, not a reader's trust.
 */
import { existsSync, globSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '#scripts/support/paths.ts';

const featureReadmes = readdirSync(path.join(projectRoot, 'src', 'features')).map((feature) =>
  path.join('src', 'features', feature, 'README.md'),
);
const docs = ['README.md', 'CONTRIBUTING.md', 'CONTRIBUTING.it.md', 'tests/README.md', ...featureReadmes].filter(
  (doc) => existsSync(path.join(projectRoot, doc)),
);

/** Repository paths in a text: they start at a top folder and run to a space, quote or bracket that ends them. */
const PATH = /(?<![\w/.#-])(?:src|scripts|tests|content|public|\.github)\/[\w./[\]{},*-]*[\w\]*/]/g;

/** A path in a feature README may be written relative to the feature's folder, as `loader.ts`. */
const RELATIVE = /`((?:[\w-]+\/)*[\w-]+\.(?:ts|astro|css|js))`/g;

function expand(name: string): string[] {
  // "src/i18n/ui/{it,en}.ts" names two files.
  const brace = /\{([^{}]+)\}/.exec(name);
  if (!brace) return [name];
  return brace[1]!.split(',').flatMap((part) => expand(name.replace(brace[0], part)));
}

function exists(name: string): boolean {
  let clean = name.replace(/[.,]+$/, '');
  // The end of a Markdown link text, "[tests/README.md](…)", is not part of the path.
  if (clean.endsWith(']') && clean.split('[').length <= clean.split(']').length - 1) clean = clean.slice(0, -1);
  if (clean.includes('*')) return globSync(clean, { cwd: projectRoot }).length > 0;
  return existsSync(path.join(projectRoot, clean));
}

describe('paths named in the docs', () => {
  it.each(docs)('%s names only paths that exist', (doc) => {
    const text = readFileSync(path.join(projectRoot, doc), 'utf8');
    const named = [...text.matchAll(PATH)].flatMap((match) => expand(match[0]));
    const missing = named.filter((name) => !exists(name));
    if (doc.startsWith('src/features/')) {
      const folder = path.dirname(doc);
      for (const [, relative] of text.matchAll(RELATIVE)) {
        if (/^(?:src|scripts|tests|content|public)\//.test(relative!)) continue;
        for (const name of expand(relative!)) {
          if (!exists(path.join(folder, name)) && !exists(name)) missing.push(`${folder}/${name}`);
        }
      }
    }
    expect(missing, `${doc} names paths that do not exist`).toEqual([]);
  });
});
