import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { curatedProfileIds, DirectoryError, getDirectory, readDirectoryRows } from './rows.ts';
import { directoryColumns } from '#schemas/directory-model.ts';

const HEADER = directoryColumns.join(',');
const row = (id: string, extra = '') =>
  `${id},Tessitura ${id} S.r.l.,IT,lecco,Lecco,23900,13.20,micro,,,,${extra},true`;

let root: string;
beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'pmi-hub-rows-'));
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

let writes = 0;
const writeRows = (folder: string, ...rows: string[]) => {
  mkdirSync(folder, { recursive: true });
  const file = path.join(folder, 'lecco.csv');
  writeFileSync(file, `${[HEADER, ...rows].join('\n')}\n`);
  // A distinct modification time for each write, as edits seconds apart have.
  writes += 1;
  utimesSync(file, new Date(2026, 0, 1, 0, 0, writes), new Date(2026, 0, 1, 0, 0, writes));
};

describe('the directory rows', () => {
  it('lists the curated profiles, drafts left out', () => {
    expect(curatedProfileIds(path.join(root, 'content', 'companies'))).toEqual(['tessitura-esempio']);
  });

  it('are every row, sorted by name, read once and again only when the files change', async () => {
    vi.useFakeTimers({ toFake: ['performance'] });
    writeRows(path.join(root, 'content', 'directory'), row('lc-000002'), row('lc-000001', 'tessitura-esempio'));
    const first = getDirectory(root);
    expect((await first).map((company) => company.id)).toEqual(['lc-000001', 'lc-000002']);
    expect((await first)[0]).toMatchObject({ place: 'lecco', division: '13', profile: 'tessitura-esempio' });
    expect(getDirectory(root)).toBe(first);

    // A changed file is read again (astro dev), once a second has passed: the new row is there, the removed one gone.
    writeRows(path.join(root, 'content', 'directory'), row('lc-000001', 'tessitura-esempio'), row('lc-000003'));
    expect(getDirectory(root)).toBe(first);
    vi.advanceTimersByTime(1001);
    const second = getDirectory(root);
    expect(second).not.toBe(first);
    expect((await second).map((company) => company.id)).toEqual(['lc-000001', 'lc-000003']);
    vi.useRealTimers();
  });

  it('are read from the folder named by PMI_DIRECTORY_DIR instead', async () => {
    const other = path.join(root, 'generated');
    writeRows(other, row('lc-000009'));
    process.env['PMI_DIRECTORY_DIR'] = other;
    expect((await readDirectoryRows(root)).map((company) => company.id)).toEqual(['lc-000009']);
  });

  it('stop the build with every problem: file, line and column, at most 30 shown', async () => {
    const broken = path.join(root, 'broken');
    const rows = Array.from({ length: 32 }, (_, index) =>
      row(`lc-${String(index + 1).padStart(6, '0')}`).replace('23900', '22100'),
    );
    writeRows(broken, ...rows);
    process.env['PMI_DIRECTORY_DIR'] = broken;
    const error = await readDirectoryRows(root).then(
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
  });
});
