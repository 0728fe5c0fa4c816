/**
 * Two builds of the same commit give byte-identical sites — pages, search index, service worker,
 * headers — even from another folder: nothing in the output depends on the clock or the machine.
 * A build with nothing changed is not run. And a rebuild that reuses the last build's pages and
 * search indexes (Astro's incremental build, src/features/build-cache/) gives the same bytes as a
 * clean build of the same content.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runAstroBuild, type BuildResult } from '../support/astro-build.ts';
import { copySite } from '../support/site-copy.ts';
import { projectRoot } from '#scripts/support/paths.ts';

/** Every file of a built site with the hash of its bytes. */
function fingerprint(dir: string): Map<string, string> {
  return new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
      .sort()
      .map((file) => [
        file,
        createHash('sha256')
          .update(readFileSync(path.join(dir, file)))
          .digest('hex'),
      ]),
  );
}

function expectSameFiles(first: Map<string, string>, second: Map<string, string>) {
  expect([...second.keys()]).toEqual([...first.keys()]);
  const different = [...first].filter(([file, hash]) => second.get(file) !== hash).map(([file]) => file);
  expect(different).toEqual([]);
  expect(first.size).toBeGreaterThan(100);
}

async function build(copy: string, env: Record<string, string> = {}): Promise<BuildResult> {
  const result = await runAstroBuild(copy, { env });
  if (result.code !== 0) throw new Error(`a build of the copy failed:\n${result.output}`);
  return result;
}

/** The pages a build took from its incremental cache instead of rendering them. */
function reusedPages(output: string): string[] {
  return [...output.matchAll(/├─ (\S+) .*\((?:cached|restored)\)/g)].map((match) => match[1]!);
}

describe('reproducible builds', () => {
  let copy: string | undefined;
  // Taken at once: the rebuild below changes the copy's site.
  let copyFiles: Map<string, string>;

  let unchangedRebuild: BuildResult;

  beforeAll(async () => {
    copy = await copySite('pmi-hub-rebuild-');
    // A project git lists, as a clone is: a build then hashes its inputs (scripts/astro.ts).
    const ignored = readFileSync(path.join(projectRoot, '.gitignore'), 'utf8');
    writeFileSync(path.join(copy, '.gitignore'), `${ignored}\n/dist-clean\n/clean-cache\n`);
    execFileSync('git', ['init', '-q'], { cwd: copy });
    await build(copy);
    copyFiles = fingerprint(path.join(copy, 'dist'));
    unchangedRebuild = await build(copy);
  }, 5 * 60_000);

  afterAll(async () => {
    if (copy) await rm(copy, { recursive: true, force: true });
  });

  it('give the same files with the same bytes, from another folder', () => {
    expectSameFiles(fingerprint(inject('distDir')), copyFiles);
  });

  it('and a build with nothing changed is not run: the site folder stays as it was', () => {
    expect(unchangedRebuild.output).toContain('Nothing to build');
    expect(unchangedRebuild.output).not.toContain('generating static routes');
    expectSameFiles(copyFiles, fingerprint(path.join(copy!, 'dist')));
  });

  describe('after one company of the directory changed', () => {
    const before = 'Tessitura Lariana Esempio';
    let rebuild: BuildResult;

    beforeAll(async () => {
      const csv = path.join(copy!, 'content', 'directory', 'lecco.csv');
      const rows = readFileSync(csv, 'utf8').split('\n');
      // A row of the sample corpus without a profile: it is only on directory pages and in the directory's index.
      const index = rows.findIndex((row, at) => at > 0 && /,,false$|,,true$/.test(row) && !row.includes(before));
      rows[index] = rows[index]!.replace(/^([^,]+),[^,]+,/, `$1,${before} S.r.l.,`);
      writeFileSync(csv, rows.join('\n'));
      rebuild = await build(copy!);
      // The same content built from nothing: its own cache folder and output folder.
      await build(copy!, {
        PMI_CACHE_DIR: path.join(copy!, 'clean-cache'),
        PMI_OUT_DIR: path.join(copy!, 'dist-clean'),
      });
    }, 5 * 60_000);

    it('a rebuild reuses the pages and the hub index it can, and renders the pages that show the company', () => {
      const reused = reusedPages(rebuild.output);
      expect(reused.length).toBeGreaterThan(200);
      expect(rebuild.output).toMatch(/Search index: .*\(unchanged, reused: pagefind\)/);
      const page = readFileSync(path.join(copy!, 'dist', 'it', 'directory', 'a-z', 't', 'index.html'), 'utf8');
      expect(page).toContain(before);
      expect(reused).not.toContain('/it/directory/a-z/t/index.html');
    });

    it("writes the search indexes and the service worker once Astro's build has ended", () => {
      // scripts/astro.ts: Astro leaves the two steps, and its process then becomes the one that runs them.
      expect(rebuild.output).toContain("Search index: written once the build's process has ended");
      expect(rebuild.output).toContain("Service worker: written once the build's process has ended");
      expect(rebuild.output).toMatch(
        /\[build\] Complete!\n(?:.*\n)*Search index: \d+ hub pages[^\n]*\nOffline: version /,
      );
    });

    it('and gives the same bytes as a clean build of the changed content', () => {
      expectSameFiles(fingerprint(path.join(copy!, 'dist-clean')), fingerprint(path.join(copy!, 'dist')));
    });
  });
});
