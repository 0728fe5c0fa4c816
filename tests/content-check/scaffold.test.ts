/**
 * `npm run new` without questions (flags), for every kind of content: the new files pass the
 * schemas, the content check flags every "TODO" until it is replaced, and once an editor has
 * filled them in the files pass the check. (tests/build/content-errors.test.ts builds them.)
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '#features/content-check/check-content.ts';
import { formatProblem } from '#features/content-check/problem.ts';
import { scaffoldKinds } from '#features/content-check/templates.ts';
import { projectRoot } from '#scripts/support/paths.ts';
import { baseSiteDir, fillTodos } from './support.ts';

function runNew(root: string, args: string[]) {
  const result = spawnSync(process.execPath, [path.join(projectRoot, 'scripts', 'new.ts'), ...args, '--root', root], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

/** content/… paths the scaffolder reported as created. */
function createdFiles(output: string): string[] {
  return [...output.matchAll(/^\s+(content\/\S+)$/gm)].map((match) => match[1]!);
}

let root: string;
const createdByKind = new Map<string, string[]>();

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'pmi-hub-scaffold-'));
  await cp(path.join(baseSiteDir, 'content'), path.join(root, 'content'), { recursive: true });
  for (const kind of scaffoldKinds) {
    const { code, output } = runNew(root, [kind, '--slug', `new-${kind}`]);
    expect(code, output).toBe(0);
    createdByKind.set(kind, createdFiles(output));
  }
});

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

describe('npm run new', () => {
  it.each(scaffoldKinds)('creates %s files in the right place, in both languages where there are two', (kind) => {
    const files = createdByKind.get(kind)!;
    const expected =
      kind === 'company'
        ? ['content/companies/new-company.yaml']
        : kind === 'research-centre'
          ? ['content/research-centres/new-research-centre.yaml']
          : kind === 'request'
            ? ['content/requests/new-request.yaml']
            : ['it', 'en'].map(
                (lang) =>
                  `content/${{ 'case-study': 'case-studies', 'ip-guide': 'ip-guides', page: 'pages' }[kind]}/${lang}/new-${kind}.mdx`,
              );
    expect(files).toEqual(expected);
  });

  it('writes files whose only errors are the TODO placeholders, at least one per file', () => {
    const result = checkContent({ root });
    const notTodo = result.errors.filter((problem) => !problem.detail.includes('TODO')).map(formatProblem);
    expect(notTodo).toEqual([]);
    for (const file of [...createdByKind.values()].flat()) {
      expect(result.errors.filter((problem) => problem.file === file).length, file).toBeGreaterThan(0);
    }
  });

  it('leaves files that pass the content check once the TODOs are filled in', () => {
    for (const file of [...createdByKind.values()].flat()) {
      const absolute = path.join(root, file);
      writeFileSync(absolute, fillTodos(readFileSync(absolute, 'utf8')));
    }
    const result = checkContent({ root });
    expect(result.errors.map(formatProblem)).toEqual([]);
    // A new standing page needs a developer to give it a route: the check says so, as a warning.
    const created = new Set([...createdByKind.values()].flat());
    expect(result.warnings.filter((problem) => created.has(problem.file)).map(formatProblem)).toEqual([
      'content/pages/en/new-page.mdx: the site has no page for "new-page" (only about, contribute, privacy): ask a developer to add one, or move the text into an existing page',
      'content/pages/it/new-page.mdx: the site has no page for "new-page" (only about, contribute, privacy): ask a developer to add one, or move the text into an existing page',
    ]);
  });

  it('uses the answers it is given instead of placeholders', () => {
    const { code, output } = runNew(root, [
      'case-study',
      '--slug',
      'answered-story',
      '--lang',
      'it',
      '--title',
      'Una storia: con i due punti',
      '--sector',
      'mechatronics',
      '--company',
      'base-company',
      '--centre',
      'base-centre',
    ]);
    expect(code, output).toBe(0);
    const text = readFileSync(path.join(root, 'content/case-studies/it/answered-story.mdx'), 'utf8');
    expect(text).toContain('title: "Una storia: con i due punti"');
    expect(text).toContain('sectors:\n  - mechatronics\n');
    expect(text).toContain('companies:\n  - base-company\n');
    expect(() => readFileSync(path.join(root, 'content/case-studies/en/answered-story.mdx'))).toThrow();
  });

  it.each([
    [
      ['case-study', '--slug', 'new-case-study'],
      'Not overwriting what exists: content/case-studies/it/new-case-study.mdx',
    ],
    [['case-study', '--slug', 'Water Saving'], '"Water Saving" is not a valid file name'],
    [['company', '--slug', 'x', '--sector', 'textile'], 'Unknown sector "textile". Allowed: textiles, mechatronics'],
    [['brochure', '--slug', 'x'], 'Unknown kind "brochure".'],
    [['company'], 'Give the file name with --slug'],
  ])('refuses %j with a clear message', (args, message) => {
    const { code, output } = runNew(root, args);
    expect(code).toBe(1);
    expect(output).toContain(message);
  });
});

describe('npm run new -- request --from-issue', () => {
  let issueRoot: string;
  const sample = path.join(projectRoot, 'tests/content-check/issue-forms/propose-request.md');

  beforeAll(async () => {
    issueRoot = await mkdtemp(path.join(os.tmpdir(), 'pmi-hub-from-issue-'));
    await cp(path.join(baseSiteDir, 'content'), path.join(issueRoot, 'content'), { recursive: true });
    await cp(path.join(projectRoot, '.github/ISSUE_TEMPLATE'), path.join(issueRoot, '.github/ISSUE_TEMPLATE'), {
      recursive: true,
    });
  });

  afterAll(async () => {
    if (issueRoot) await rm(issueRoot, { recursive: true, force: true });
  });

  it('turns the form’s answers into a request, and the content check names what is still wrong', () => {
    const { code, output } = runNew(issueRoot, ['request', '--from-issue', sample, '--slug', 'spring-fatigue']);
    expect(code, output).toBe(0);
    const file = 'content/requests/spring-fatigue.yaml';
    expect(createdFiles(output)).toEqual([file]);
    // A sector typed with a capital is reported with the closest allowed id.
    expect(output).toContain('field "sector[1]"');
    expect(output).toContain('(did you mean "mechatronics"?)');
    const text = readFileSync(path.join(issueRoot, file), 'utf8');
    expect(text).toContain('kind: rd-partner-search\n');
    expect(text).toContain('expires: 2027-06-30\n');
    expect(text).toContain('postedBy:\n  desk: true\n');
    expect(text).toContain('contact: desk\n');
    expect(text).toContain('  it: "Partner per misurare l\'usura di molle in lega a memoria di forma"\n');
    // The English title was left empty in the form: it is a TODO for the editor.
    expect(text).toContain('  en: "TODO: the title in English"\n');

    const fixed = fillTodos(text).replace('  - "Mechatronics"', '  - mechatronics');
    writeFileSync(path.join(issueRoot, file), fixed);
    expect(
      checkContent({ root: issueRoot })
        .errors.filter((problem) => problem.file === file)
        .map(formatProblem),
    ).toEqual([]);
  });

  it('refuses an issue whose poster is not in the catalogue, and writes nothing', () => {
    const issue = path.join(issueRoot, 'unknown-poster.md');
    writeFileSync(issue, readFileSync(sample, 'utf8').replace('\ndesk\n', '\nacme-widgets\n'));
    const { code, output } = runNew(issueRoot, ['request', '--from-issue', issue, '--slug', 'unknown-poster']);
    expect(code).toBe(1);
    expect(output).toContain('"Posted by" is "acme-widgets": not a company of content/companies/');
    expect(() => readFileSync(path.join(issueRoot, 'content/requests/unknown-poster.yaml'))).toThrow();
  });
});
