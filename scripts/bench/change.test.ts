import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { csvCells, renameOneCompany } from './change.ts';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the one-company change of the rebuild benchmark', () => {
  it('reads quoted cells with commas and doubled quotes', () => {
    expect(csvCells('lc-1,"Rossi, Bianchi & C. ""Lario""",,IT')).toEqual([
      'lc-1',
      'Rossi, Bianchi & C. "Lario"',
      '',
      'IT',
    ]);
  });

  it('renames only the middle row of the first file, keeping every other cell', () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'bench-change-'));
    const rows = ['id,name,country', 'lc-1,Uno,IT', 'lc-2,"Due, Tre",IT', 'lc-3,Quattro,IT', ''];
    writeFileSync(path.join(dir, 'lecco.csv'), rows.join('\n'));
    writeFileSync(path.join(dir, 'ticino.csv'), 'id,name\nti-1,Cinque\n');
    expect(renameOneCompany(dir)).toEqual({ id: 'lc-2', name: 'Due, Tre (bis)' });
    expect(readFileSync(path.join(dir, 'lecco.csv'), 'utf8')).toBe(
      ['id,name,country', 'lc-1,Uno,IT', 'lc-2,"Due, Tre (bis)",IT', 'lc-3,Quattro,IT', ''].join('\n'),
    );
    expect(readFileSync(path.join(dir, 'ticino.csv'), 'utf8')).toBe('id,name\nti-1,Cinque\n');
  });
});
