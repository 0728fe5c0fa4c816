/**
 * Editing in the browser: the built /admin/ in Chromium against Decap's local proxy (decap-server,
 * git mode) on a throwaway copy of content/. An editor creates a story in Italian and English
 * through the CMS's own forms; saving it makes a branch, as on GitHub it makes a pull request, and
 * the files on that branch pass the content check. A story missing a required text is refused.
 * The page passes axe without JavaScript (what the project writes) and with the CMS's sign-in screen.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkContent } from '#features/content-check/index.ts';
import { startLocalProxy, type LocalProxy } from '#features/cms/index.ts';
import { recordPageErrors } from '#scripts/support/browser.ts';
import { projectRoot } from '#scripts/support/paths.ts';
import { describeViolations, runAxe } from '../support/axe.ts';
import { useServedSite } from '../support/served-site.ts';

const site = useServedSite();
let repo = '';
let proxy: LocalProxy | undefined;
/** An image the editor uploads as the cover: a copy of a story's cover under a new name. */
let cover = '';

const git = (...args: string[]) => execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8' });

beforeAll(async () => {
  repo = mkdtempSync(path.join(tmpdir(), 'pmi-cms-'));
  cpSync(path.join(projectRoot, 'content'), path.join(repo, 'content'), { recursive: true });
  git('init', '-q', '-b', 'main');
  git('config', 'user.name', 'Editor');
  git('config', 'user.email', 'editor@example.org');
  git('add', '.');
  git('commit', '-qm', 'content');
  cover = path.join(mkdtempSync(path.join(tmpdir(), 'pmi-cms-upload-')), 'dye-house-cover.webp');
  cpSync(path.join(projectRoot, 'content', 'case-studies', 'it', 'water-saving-dyeing.webp'), cover);
  proxy = await startLocalProxy(repo, { quiet: true });
}, 60_000);

afterAll(async () => {
  await proxy?.stop();
  if (repo) rmSync(repo, { recursive: true, force: true });
  if (cover) rmSync(path.dirname(cover), { recursive: true, force: true });
});

/** Opens the CMS signed in to the local proxy, at `hash`. */
async function openCms(hash: string, width = 1280): Promise<{ page: Page; errors: () => string[] }> {
  const context = await site.browser.newContext({ viewport: { width, height: 900 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const errors = recordPageErrors(page);
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(`${site.url}/admin/`);
  await page.getByRole('button', { name: 'Login' }).click();
  await page.getByRole('link', { name: /Storie di successo/ }).waitFor();
  await page.goto(`${site.url}/admin/${hash}`);
  return { page, errors };
}

/** The n-th control of a field: Italian first, then English, in the page's order. */
const control = (page: Page, name: string, index = 0) => page.locator(`[id^="${name}-field-"]`).nth(index);

async function choose(page: Page, name: string, typed: string): Promise<void> {
  await control(page, name).click();
  await control(page, name).pressSequentially(typed);
  await page.locator('[class*="-option"]', { hasText: typed }).first().click();
}

const saved = (page: Page) => page.getByText('Entry saved').waitFor({ timeout: 20_000 });

/** Errors a page may log that are not the CMS's fault: the proxy's 404 for an entry with no draft yet. */
const unexpected = (errors: string[]) =>
  errors.filter((error) => !/status of 404.*localhost:8081\/api\/v1/.test(error));

describe('the CMS at /admin/', () => {
  it('creates a story in Italian and English; the files of its pull request pass the content check', async () => {
    const { page, errors } = await openCms('#/collections/caseStudies/new');
    await control(page, 'title').waitFor();
    await control(page, 'title', 0).fill('Tintoria di prova: un terzo d’acqua in meno');
    await control(page, 'title', 1).fill('Test dye house: a third less water');
    await control(page, 'summary', 0).fill(
      'Una tintoria ha misurato i risciacqui con un laboratorio. Oggi usa meno acqua.',
    );
    await control(page, 'summary', 1).fill(
      'A dye house measured its rinses with a laboratory. It now uses less water.',
    );
    await control(page, 'date', 0).fill('2026-11-30');
    await control(page, 'example').click();
    await choose(page, 'sectors', 'Tessile');
    await choose(page, 'expertise', 'Efficienza idrica');
    await choose(page, 'companies', 'Tintoria');
    await choose(page, 'researchCentres', 'Politecnico');
    await control(page, 'before', 0).fill('4');
    await control(page, 'after', 0).fill('6');
    await choose(page, 'ipOutcome', 'none');
    // Results are texts: each language has its own list.
    const addResult = page.getByRole('button', { name: /Add results/ });
    await addResult.nth(0).click();
    await addResult.nth(1).click();
    await control(page, 'metric', 0).fill('Acqua per chilo di tessuto');
    await control(page, 'metric', 1).fill('Water per kilo of fabric');
    const afters = page.locator('[id^="after-field-"]');
    await afters.nth(1).fill('78 L');
    await afters.nth(3).fill('78 L');
    // The cover is uploaded once, for both languages; its description is written in each.
    await page.getByRole('button', { name: 'Choose an image' }).first().click();
    await page.locator('input[type="file"]').first().setInputFiles(cover);
    await page.getByText(path.basename(cover)).waitFor();
    await page.getByRole('button', { name: 'Choose selected' }).click();
    await control(page, 'alt', 0).fill('Una macchina di tintura collegata a un contatore dell’acqua');
    await control(page, 'alt', 1).fill('A dyeing machine connected to a water meter');
    // The review date is copied to English; who reviewed is written in each language.
    await control(page, 'date', 1).fill('2026-12-01');
    await control(page, 'by', 0).fill('Redazione PMI Network');
    await control(page, 'by', 1).fill('PMI Network editorial team');
    const bodies = page.locator('[contenteditable="true"]');
    await bodies.nth(0).click();
    await page.keyboard.type('La tintoria ha misurato dove finiva l’acqua.');
    await bodies.nth(1).click();
    await page.keyboard.type('The dye house measured where its water went.');
    await page.getByRole('button', { name: 'Save' }).click();
    await saved(page);

    // One branch per saved entry, named after the file the Italian title gave it.
    const branches = git('branch', '--list', 'cms/caseStudies/*')
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    expect(branches).toHaveLength(1);
    const branch = branches[0]!;
    const slug = branch.slice('cms/caseStudies/'.length);
    expect(slug).toMatch(/^tintoria-di-prova-un-terzo-d.?acqua-in-meno$/);
    git('checkout', '-q', branch);
    try {
      const italian = readFileSync(path.join(repo, 'content', 'case-studies', 'it', `${slug}.mdx`), 'utf8');
      const english = readFileSync(path.join(repo, 'content', 'case-studies', 'en', `${slug}.mdx`), 'utf8');
      expect(italian).toMatch(/^title: "?Tintoria di prova: un terzo d’acqua in meno"?$/m);
      expect(english).toMatch(/^title: "?Test dye house: a third less water"?$/m);
      for (const file of [italian, english]) {
        expect(file).toMatch(/companies:\n {2}- tintoria-azzurrolago\n/);
        // Both versions reach the one uploaded file, stored beside it/ and en/.
        expect(file).toContain(`src: ../${path.basename(cover)}\n`);
        expect(file).toContain('date: 2026-11-30');
        expect(file).not.toMatch(/: (?:null|""|\[\])$/m);
      }
      expect(git('show', '--name-only', '--format=', 'HEAD').split('\n')).toContain(
        `content/case-studies/${path.basename(cover)}`,
      );
      const result = checkContent({ root: repo, now: new Date('2026-12-06T12:00:00Z') });
      expect(result.errors.map((problem) => `${problem.file}: ${problem.detail}`)).toEqual([]);
      expect(result.warnings.filter((problem) => problem.file?.includes(slug))).toEqual([]);
    } finally {
      git('checkout', '-q', 'main');
    }
    expect(unexpected(errors())).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('refuses to save a story whose required texts are missing', async () => {
    const { page } = await openCms('#/collections/caseStudies/new');
    await control(page, 'title', 0).fill('Solo un titolo');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText(/missed a required field/).waitFor()).resolves.toBeUndefined();
    expect(git('branch', '--list', 'cms/caseStudies/solo-un-titolo').trim()).toBe('');
    await page.context().close();
  }, 60_000);

  it('passes axe: the page as browsers without JavaScript show it, at both widths, and the sign-in screen', async () => {
    // axe needs scripts, so the page is served as a browser without them renders it: the
    // <noscript> text shown, the scripts left out.
    const html = readFileSync(path.join(inject('distDir'), 'admin', 'index.html'), 'utf8');
    const withoutScripts = html.replace(/<script[^>]*><\/script>\n?/g, '').replace(/<\/?noscript>\n?/g, '');
    expect(withoutScripts).not.toBe(html);
    for (const width of [375, 1280]) {
      const context = await site.browser.newContext({ viewport: { width, height: 800 } });
      await context.route('**/admin/', (route) => route.fulfill({ body: withoutScripts, contentType: 'text/html' }));
      const page = await context.newPage();
      await page.goto(`${site.url}/admin/`);
      await expect(page.locator('main h1').innerText()).resolves.toBe('Redazione · Editing');
      expect(describeViolations(await runAxe(page))).toEqual([]);
      await context.close();
    }
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${site.url}/admin/`);
    await page.getByRole('button', { name: 'Login' }).waitFor();
    const serious = (await runAxe(page)).filter((violation) =>
      ['serious', 'critical'].includes(violation.impact ?? ''),
    );
    expect(describeViolations(serious)).toEqual([]);
    await context.close();
  }, 60_000);
});
