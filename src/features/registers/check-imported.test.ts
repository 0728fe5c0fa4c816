import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registerColumns } from '#schemas/register-row.ts';
import { checkImportedFile } from './check-imported.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'check-imported-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const row = 'CHE-100.000.006,Officina Esempio Fittizia SA,Società anonima,active,Lugano,5192,CH,TI,,,,zefix,2026-12-01';
function file(lines: string[]): string {
  const target = path.join(dir, 'ticino-zefix.csv');
  writeFileSync(target, `${lines.join('\n')}\n`);
  return target;
}

describe('checkImportedFile', () => {
  it('passes a sound file', async () => {
    expect(await checkImportedFile(file([registerColumns.join(','), row]), 'zefix')).toEqual([]);
  });

  it('names the row and field of each problem', async () => {
    const problems = await checkImportedFile(
      file([
        registerColumns.join(','),
        row,
        row,
        row.replace('CHE-100.000.006', 'CHE-100.000.007'),
        row.replace('CHE-100.000.006', 'CHE-200.000.001').replace(',zefix,', ',ri-pmi,'),
      ]),
      'zefix',
    );
    expect(problems).toEqual([
      'ticino-zefix.csv: row 3: field "identifier": CHE-100.000.006 is also on row 2',
      expect.stringMatching(
        /^ticino-zefix\.csv: row 4: field "identifier": the check digit of "CHE-100\.000\.007" is wrong/,
      ),
      'ticino-zefix.csv: row 5: field "source": expected "zefix" — got "ri-pmi"',
    ]);
  });

  it('refuses another header and an empty file', async () => {
    expect(await checkImportedFile(file(['id,name']), 'zefix')).toEqual([
      `ticino-zefix.csv: row 1: expected the columns ${registerColumns.join(',')} — got id,name`,
    ]);
    writeFileSync(path.join(dir, 'empty.csv'), '');
    expect(await checkImportedFile(path.join(dir, 'empty.csv'), 'zefix')).toEqual(['empty.csv: the file is empty']);
  });
});
