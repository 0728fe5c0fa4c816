/**
 * Two builds of the same commit give byte-identical sites — pages, search index, service worker,
 * headers — even from another folder: nothing in the output depends on the clock or the machine.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runAstroBuild } from '../support/astro-build.ts';
import { copySite } from '../support/site-copy.ts';

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

describe('reproducible builds', () => {
  let copy: string | undefined;

  beforeAll(async () => {
    copy = await copySite('pmi-hub-rebuild-');
    const build = await runAstroBuild(copy);
    if (build.code !== 0) throw new Error(`the second build failed:\n${build.output}`);
  }, 5 * 60_000);

  afterAll(async () => {
    if (copy) await rm(copy, { recursive: true, force: true });
  });

  it('give the same files with the same bytes, from another folder', () => {
    const first = fingerprint(inject('distDir'));
    const second = fingerprint(path.join(copy!, 'dist'));
    expect([...second.keys()]).toEqual([...first.keys()]);
    const different = [...first].filter(([file, hash]) => second.get(file) !== hash).map(([file]) => file);
    expect(different).toEqual([]);
    expect(first.size).toBeGreaterThan(100);
  });
});
