import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { curatedProfileIds, directoryLoader, DirectoryError } from './loader.ts';
import { directoryColumns } from '#schemas/directory-model.ts';

const HEADER = directoryColumns.join(',');
const row = (id: string, extra = '') =>
  `${id},Tessitura ${id} S.r.l.,IT,lecco,Lecco,23900,13.20,micro,,,,${extra},true`;

/** Just enough of Astro's loader context: a store and a meta store in maps, a digest, a quiet logger. */
function fakeContext(root: string) {
  const entries = new Map<string, { id: string; data: Record<string, unknown>; digest?: string | number }>();
  const meta = new Map<string, string>();
  const calls = { set: 0 };
  const context = {
    collection: 'directory',
    config: { root: pathToFileURL(`${root}${path.sep}`) },
    logger: { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} },
    generateDigest: (data: unknown) =>
      createHash('sha1')
        .update(typeof data === 'string' ? data : JSON.stringify(data))
        .digest('hex'),
    meta: {
      get: (key: string) => meta.get(key),
      set: (key: string, value: string) => void meta.set(key, value),
      has: (key: string) => meta.has(key),
      delete: (key: string) => void meta.delete(key),
    },
    store: {
      get: (id: string) => entries.get(id),
      set: (entry: { id: string; data: Record<string, unknown>; digest?: string | number }) => {
        calls.set++;
        if (entries.get(entry.id)?.digest === entry.digest) return false;
        entries.set(entry.id, entry);
        return true;
      },
      keys: () => [...entries.keys()],
      values: () => [...entries.values()],
      entries: () => [...entries.entries()],
      delete: (id: string) => void entries.delete(id),
      clear: () => entries.clear(),
      has: (id: string) => entries.has(id),
    },
  };
  return { context: context as unknown as LoaderContext, entries, meta, calls };
}

let root: string;
beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'pmi-hub-loader-'));
  mkdirSync(path.join(root, 'content', 'directory'), { recursive: true });
  mkdirSync(path.join(root, 'content', 'companies'), { recursive: true });
  writeFileSync(path.join(root, 'content', 'companies', 'tessitura-esempio.yaml'), 'name: Tessitura Esempio\n');
  writeFileSync(path.join(root, 'content', 'companies', '_draft.yaml'), 'name: Draft\n');
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});
afterEach(() => {
  delete process.env['PMI_DIRECTORY_DIR'];
});

const writeRows = (folder: string, ...rows: string[]) => {
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, 'lecco.csv'), `${[HEADER, ...rows].join('\n')}\n`);
};

describe('the directory loader', () => {
  it('lists the curated profiles, drafts left out', () => {
    expect(curatedProfileIds(path.join(root, 'content', 'companies'))).toEqual(['tessitura-esempio']);
  });

  it('stores one entry per row, and parses nothing again while the files stay the same', async () => {
    writeRows(path.join(root, 'content', 'directory'), row('lc-000001', 'tessitura-esempio'), row('lc-000002'));
    const { context, entries, meta, calls } = fakeContext(root);
    await directoryLoader().load(context);
    expect([...entries.keys()]).toEqual(['lc-000001', 'lc-000002']);
    expect(entries.get('lc-000001')!.data).toMatchObject({
      place: 'lecco',
      division: '13',
      profile: 'tessitura-esempio',
    });
    expect(meta.get('files-digest')).toBeTypeOf('string');

    calls.set = 0;
    await directoryLoader().load(context);
    expect(calls.set).toBe(0);

    // A changed file is read again: the new row is added, the removed one deleted.
    writeRows(path.join(root, 'content', 'directory'), row('lc-000001', 'tessitura-esempio'), row('lc-000003'));
    await directoryLoader().load(context);
    expect([...entries.keys()].sort()).toEqual(['lc-000001', 'lc-000003']);
  });

  it('reads the folder named by PMI_DIRECTORY_DIR instead', async () => {
    const other = path.join(root, 'generated');
    writeRows(other, row('lc-000009'));
    process.env['PMI_DIRECTORY_DIR'] = other;
    const { context, entries } = fakeContext(root);
    await directoryLoader().load(context);
    expect([...entries.keys()]).toEqual(['lc-000009']);
  });

  it('stops the build with every problem: file, line and column, at most 30 shown', async () => {
    const broken = path.join(root, 'broken');
    const rows = Array.from({ length: 32 }, (_, index) =>
      row(`lc-${String(index + 1).padStart(6, '0')}`).replace('23900', '22100'),
    );
    writeRows(broken, ...rows);
    process.env['PMI_DIRECTORY_DIR'] = broken;
    const { context, entries } = fakeContext(root);
    const error = await directoryLoader()
      .load(context)
      .then(
        () => undefined,
        (thrown: unknown) => thrown,
      );
    expect(error).toBeInstanceOf(DirectoryError);
    const message = (error as DirectoryError).message;
    const file = path.relative(process.cwd(), path.join(broken, 'lecco.csv')).split(path.sep).join('/');
    expect(message).toContain('32 problems in the company directory');
    expect(message).toContain(
      `  - ${file}:2: column "postcode": expected a postcode (CAP) of the province of Lecco: five digits from 23800 to 23999 — got "22100"`,
    );
    expect(message).toContain(`  - ${file}:31: column "postcode"`);
    expect(message).not.toContain(`${file}:32:`);
    expect(message).toContain('  … and 2 more');
    expect(entries.size).toBe(0);
  });
});
