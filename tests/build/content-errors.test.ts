/**
 * Broken content must stop the build with a message an editor can act on: which file, which
 * field, what was expected. Each case builds a temporary copy of the site with one breakage.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { parse, parseDocument } from 'yaml';
import { runAstroBuild, type BuildResult } from '../support/astro-build.ts';
import { contentDir, projectRoot } from '../support/paths.ts';

// Used only when content/ has no entry of the kind a case needs (sample content comes later).
const fixturesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'content');
const sectorIds = (
  parse(readFileSync(path.join(contentDir, 'taxonomies', 'sectors.yaml'), 'utf8')) as { id: string }[]
).map((sector) => sector.id);

const copiedEntries = ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];
// Astro keeps its content store and caches in node_modules/.astro and .vite: a copy sharing the
// project's node_modules would overwrite the real site's cache, so those stay private to the copy.
const privateCaches = new Set(['.astro', '.vite', '.cache']);

/** A throw-away copy of the site that builds with the project's installed packages. */
async function copySite(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'pmi-hub-content-errors-'));
  for (const entry of copiedEntries) {
    const source = path.join(projectRoot, entry);
    if (existsSync(source)) await cp(source, path.join(dir, entry), { recursive: true });
  }
  const modules = path.join(dir, 'node_modules');
  await mkdir(modules);
  for (const entry of await readdir(path.join(projectRoot, 'node_modules'))) {
    if (privateCaches.has(entry)) continue;
    await symlink(path.join(projectRoot, 'node_modules', entry), path.join(modules, entry));
  }
  return dir;
}

function firstEntry(folder: string, extension: string): string | undefined {
  if (!existsSync(folder)) return undefined;
  return readdirSync(folder)
    .filter((name) => name.endsWith(extension) && !name.startsWith('_'))
    .sort()[0];
}

/** Relative path (content/companies/<id>.yaml) of a company in the copy, adding the fixture if none exists. */
async function companyFile(site: string): Promise<string> {
  const name = firstEntry(path.join(site, 'content', 'companies'), '.yaml');
  if (name) return `content/companies/${name}`;
  await cp(path.join(fixturesDir, 'companies'), path.join(site, 'content', 'companies'), { recursive: true });
  return 'content/companies/fixture-company.yaml';
}

/** Relative path (content/case-studies/<lang>/<slug>.mdx) of a case study in the copy. */
async function caseStudyFile(site: string): Promise<string> {
  for (const language of ['it', 'en']) {
    const name = firstEntry(path.join(site, 'content', 'case-studies', language), '.mdx');
    if (name) return `content/case-studies/${language}/${name}`;
  }
  // The fixture story points at the fixture company and centre.
  for (const folder of ['companies', 'research-centres', 'case-studies']) {
    await cp(path.join(fixturesDir, folder), path.join(site, 'content', folder), { recursive: true });
  }
  return 'content/case-studies/it/fixture-story.mdx';
}

/** Edits a YAML file in place, keeping its comments and layout. */
async function editYaml(file: string, edit: (document: ReturnType<typeof parseDocument>) => void) {
  const document = parseDocument(await readFile(file, 'utf8'));
  edit(document);
  await writeFile(file, document.toString());
}

/** Edits the YAML front matter of an .mdx file in place. */
async function editFrontMatter(file: string, edit: (document: ReturnType<typeof parseDocument>) => void) {
  const text = await readFile(file, 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---(\r?\n|$)/.exec(text);
  if (!match) throw new Error(`${file} has no front matter`);
  const document = parseDocument(match[1]!);
  edit(document);
  await writeFile(file, `---\n${document.toString()}---\n${text.slice(match[0].length)}`);
}

let site: string | undefined;
afterEach(async () => {
  // rm removes the node_modules symlinks themselves, never what they point at.
  if (site) await rm(site, { recursive: true, force: true });
  site = undefined;
});

/** Builds the copy and checks that the build failed; returns the output for the message checks. */
async function expectBuildToFail(dir: string): Promise<string> {
  const result: BuildResult = await runAstroBuild(dir, { timeoutMs: 4 * 60_000 });
  expect(result.timedOut, `astro build timed out:\n${result.output}`).toBe(false);
  expect(result.code, `astro build should have failed but exited with 0:\n${result.output}`).not.toBe(0);
  return result.output;
}

/** Asserts that the output contains `text`, showing the whole output when it does not. */
function expectMention(output: string, text: string | RegExp) {
  const found = typeof text === 'string' ? output.includes(text) : text.test(output);
  if (!found) expect.fail(`the build output should mention ${String(text)}; it was:\n${output}`);
}

// Each case is a full Astro build: never concurrently, to spare the two cores.
describe('broken content fails the build with a helpful message', { concurrent: false }, () => {
  it('(a) an unknown key in a company file', async () => {
    site = await copySite();
    const file = await companyFile(site);
    await editYaml(path.join(site, file), (document) => document.set('sektor', 'x'));

    const output = await expectBuildToFail(site);
    expectMention(output, file);
    expectMention(output, 'unknown field "sektor"');
    expectMention(output, /allowed fields[^\n]*\bsectors\b/);
  });

  it('(b) a sector that is not in the vocabulary', async () => {
    site = await copySite();
    const file = await companyFile(site);
    await editYaml(path.join(site, file), (document) => document.set('sectors', ['textile']));

    const output = await expectBuildToFail(site);
    expectMention(output, file);
    expectMention(output, /\bsectors(\.0|\[0\])/);
    expectMention(output, '"textile"');
    expectMention(output, 'did you mean "textiles"');
    const unlisted = sectorIds.filter((id) => !output.includes(id));
    expect(unlisted, 'the message should list every allowed sector').toEqual([]);
  });

  it('(c) a case study naming a company that does not exist', async () => {
    site = await copySite();
    const file = await caseStudyFile(site);
    await editFrontMatter(path.join(site, file), (document) => document.set('companies', ['no-such-company']));

    const output = await expectBuildToFail(site);
    // The content check names the line of the field after the file: content/…/x.mdx:17: field …
    const escapedFile = file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    expectMention(
      output,
      new RegExp(
        `${escapedFile}(:\\d+)?: field "companies\\[0\\]": no company with id "no-such-company" in content/companies/`,
      ),
    );
  });
});
