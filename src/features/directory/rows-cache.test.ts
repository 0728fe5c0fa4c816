import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DirectoryCompany } from '#schemas/directory-model.ts';
import { cachedRows, ROWS_CACHE_FILE, type RowsSource } from './rows-cache.ts';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

const company = (id: string, name: string) =>
  ({ id, name, description: { it: undefined } }) as never as DirectoryCompany;

let root: string;
let cacheDir: string;
let source: RowsSource;
beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'pmi-hub-rows-cache-'));
  made.push(root);
  mkdirSync(path.join(root, 'src'));
  writeFileSync(path.join(root, 'src', 'reader.ts'), 'export const version = 1;\n');
  writeFileSync(path.join(root, 'lecco.csv'), 'id,name\nlc-000001,Tessitura Uno\n');
  cacheDir = path.join(root, 'cache');
  source = { root, files: [path.join(root, 'lecco.csv')], profiles: ['tessitura-uno'] };
});

describe('the kept rows', () => {
  it('are read once, then taken back as they were (undefined fields too) while nothing changed', async () => {
    const read = vi.fn(async () => [company('lc-000001', 'Tessitura Uno')]);
    const first = await cachedRows(cacheDir, source, read);
    const second = await cachedRows(cacheDir, source, read);
    expect(read).toHaveBeenCalledTimes(1);
    expect(second).toEqual(first);
    expect(Object.hasOwn(second.rows[0]!.description, 'it')).toBe(true);
  });

  it('are read again after a changed byte of a row file, a changed profile or changed code', async () => {
    const read = vi.fn(async () => [company('lc-000001', 'Tessitura Uno')]);
    await cachedRows(cacheDir, source, read);
    writeFileSync(path.join(root, 'lecco.csv'), 'id,name\nlc-000001,Tessitura Unó\n');
    await cachedRows(cacheDir, source, read);
    expect(read).toHaveBeenCalledTimes(2);
    await cachedRows(cacheDir, { ...source, profiles: [] }, read);
    expect(read).toHaveBeenCalledTimes(3);
    writeFileSync(path.join(root, 'src', 'reader.ts'), 'export const version = 2;\n');
    await cachedRows(cacheDir, { ...source, profiles: [] }, read);
    expect(read).toHaveBeenCalledTimes(4);
    // A test of the code is not what reads the rows.
    writeFileSync(path.join(root, 'src', 'reader.test.ts'), 'export const checked = true;\n');
    await cachedRows(cacheDir, { ...source, profiles: [] }, read);
    expect(read).toHaveBeenCalledTimes(4);
  });

  it('are read again, and replaced, when the kept file is damaged', async () => {
    const read = vi.fn(async () => [company('lc-000001', 'Tessitura Uno')]);
    await cachedRows(cacheDir, source, read);
    const file = path.join(cacheDir, ROWS_CACHE_FILE);
    const { readFileSync } = await import('node:fs');
    const kept = readFileSync(file);
    writeFileSync(file, kept.subarray(0, kept.length - 8));
    expect((await cachedRows(cacheDir, source, read)).rows).toEqual([company('lc-000001', 'Tessitura Uno')]);
    expect(read).toHaveBeenCalledTimes(2);
    expect(readFileSync(file)).toEqual(kept);
  });

  it('are not kept when reading fails, nor without a cache folder', async () => {
    const failing = vi.fn(async (): Promise<DirectoryCompany[]> => {
      throw new Error('row 2: column "postcode"');
    });
    await expect(cachedRows(cacheDir, source, failing)).rejects.toThrow('row 2');
    await expect(cachedRows(cacheDir, source, failing)).rejects.toThrow('row 2');
    expect(failing).toHaveBeenCalledTimes(2);
    const read = vi.fn(async () => [company('lc-000001', 'Tessitura Uno')]);
    await cachedRows(undefined, source, read);
    await cachedRows(undefined, source, read);
    expect(read).toHaveBeenCalledTimes(2);
  });
});
