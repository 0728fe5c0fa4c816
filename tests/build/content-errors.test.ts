/**
 * Broken content must stop the build with a message an editor can act on: which file, which
 * field, what was expected. Each case builds a temporary copy of the site with one breakage.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { parse, parseDocument } from 'yaml';
import { spawnSync } from 'node:child_process';
import { scaffoldKinds } from '#features/content-check/templates.ts';
import { fillTodos, materialiseFixture, readFixtures } from '../content-check/support.ts';
import { runAstroBuild, type BuildResult } from '../support/astro-build.ts';
import { contentDir, projectRoot } from '#scripts/support/paths.ts';
import { copySite as sharedCopySite } from '../support/site-copy.ts';

// Used only when content/ has no entry of the kind a case needs (sample content comes later).
const fixturesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'content');
const sectorIds = (
  parse(readFileSync(path.join(contentDir, 'taxonomies', 'sectors.yaml'), 'utf8')) as { id: string }[]
).map((sector) => sector.id);

/** A throw-away copy of the site that builds with the project's installed packages. */
const copySite = () => sharedCopySite('pmi-hub-content-errors-');

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
    expectMention(
      output,
      new RegExp(
        `${escapeRegExp(file)}:\\d+: field "companies\\[0\\]": no company with id "no-such-company" in content/companies/`,
      ),
    );
  });

  it('(d) a mistake from the bad-content corpus stops the build with the content check’s message', async () => {
    site = await copySite();
    const fixture = readFixtures().find((candidate) => candidate.name === 'mdx-onclick-attribute')!;
    await materialiseFixture(fixture, site);

    const output = await expectBuildToFail(site);
    expectMention(output, fixture.expected);
  });

  it('(e) unsafe MDX is refused while compiling, even with the pre-build content check switched off', async () => {
    site = await copySite();
    const fixture = readFixtures().find((candidate) => candidate.name === 'mdx-script-tag')!;
    await materialiseFixture(fixture, site);
    const config = path.join(site, 'astro.config.mjs');
    const original = await readFile(config, 'utf8');
    const withoutCheck = original.replace('editorialChecks()', 'editorialChecks({ checkBeforeBuild: false })');
    expect(withoutCheck, 'astro.config.mjs should register editorialChecks()').not.toBe(original);
    await writeFile(config, withoutCheck);

    const output = await expectBuildToFail(site);
    expect(output, 'the pre-build check should not have run').not.toContain('content problem');
    expectMention(output, 'contains what content may not contain');
    expectMention(output, fixture.expected);
  });
});

describe('npm run new', { concurrent: false }, () => {
  it('writes files for every kind that build once their TODOs are filled in', async () => {
    site = await copySite();
    const created: string[] = [];
    for (const kind of scaffoldKinds) {
      const result = spawnSync(
        process.execPath,
        [path.join(projectRoot, 'scripts', 'new.ts'), kind, '--slug', `scaffolded-${kind}`, '--root', site],
        { encoding: 'utf8' },
      );
      expect(result.status, `${result.stdout}${result.stderr}`).toBe(0);
      created.push(...[...result.stdout.matchAll(/^\s+(content\/\S+)$/gm)].map((match) => match[1]!));
    }
    // A story, a guide and a page in both languages; one file each for a company, a centre and a request.
    expect(created).toHaveLength(9);
    for (const file of created) {
      const absolute = path.join(site, file);
      await writeFile(absolute, fillTodos(await readFile(absolute, 'utf8')));
    }

    const result = await runAstroBuild(site, { timeoutMs: 4 * 60_000 });
    expect(result.code, `astro build failed:\n${result.output}`).toBe(0);
    for (const page of [
      'it/case-studies/scaffolded-case-study',
      'en/case-studies/scaffolded-case-study',
      'it/companies/scaffolded-company',
      'en/research-centres/scaffolded-research-centre',
      'it/ip/scaffolded-ip-guide',
      'en/ip/scaffolded-ip-guide',
      'it/requests/scaffolded-request',
    ]) {
      expect(existsSync(path.join(site, 'dist', page, 'index.html')), `${page}/ was not built`).toBe(true);
    }
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
