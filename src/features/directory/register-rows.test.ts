import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerColumns } from '#schemas/register-row.ts';
import { divisionSummaries, placeDivisionGroups } from './groups.ts';
import { formatProblem, readDirectory, readDirectorySync } from './read-csv.ts';
import { companyFromRegisterRow, registerHeader, registerRowId } from './register-rows.ts';

/** A Zefix row as `npm run import` writes it; `cells` replaces columns by name. */
function zefixRow(cells: Partial<Record<(typeof registerColumns)[number], string>> = {}): string {
  const values: Record<string, string> = {
    identifier: 'CHE-100.000.006',
    name: 'Officina Esempio Fittizia SA',
    legal_form: 'Società anonima',
    status: 'active',
    municipality: 'Lugano',
    municipality_code: '5192',
    country: 'CH',
    area: 'TI',
    postcode: '',
    sector_code: '',
    size: '',
    source: 'zefix',
    retrieved: '2026-12-01',
    ...cells,
  };
  return registerColumns.map((column) => values[column]).join(',');
}

const checked = [
  { id: 'zefix', termsChecked: true },
  { id: 'ri-startup', termsChecked: false },
];

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'pmi-register-rows-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function folderWith(name: string, text: string): string {
  const folder = mkdtempSync(path.join(dir, 'case-'));
  writeFileSync(path.join(folder, name), text);
  return folder;
}

describe('imported register rows in the directory', () => {
  it('gives each row an id from its register identifier, stable across imports', () => {
    expect(registerRowId('CH', 'CHE-100.000.006')).toBe('ti-che100000006');
    expect(registerRowId('IT', '01234567897')).toBe('lc-01234567897');
  });

  it('reads a file with the register header: sector, size and postcode not stated, provenance kept', async () => {
    const folder = folderWith(
      'ticino-zefix.csv',
      `${registerHeader}\n${zefixRow()}\n${zefixRow({ identifier: 'CHE-200.000.001', name: 'Laboratorio Immaginario Sagl', status: 'in-liquidation', size: 'small', sector_code: '72.19' })}\n`,
    );
    const { companies, problems } = await readDirectory([folder], { profiles: [], sources: checked });
    expect(problems.map(formatProblem)).toEqual([]);
    expect(companies[0]).toEqual({
      id: 'ti-che100000006',
      name: 'Officina Esempio Fittizia SA',
      country: 'CH',
      region: 'ticino',
      municipality: 'Lugano',
      place: 'lugano',
      division: 'not-stated',
      size: 'not-stated',
      description: {},
      example: false,
      provenance: {
        source: 'zefix',
        retrieved: '2026-12-01',
        identifier: 'CHE-100.000.006',
        legalForm: 'Società anonima',
      },
    });
    expect(companies[1]).toMatchObject({
      division: '72',
      sectorCode: '72.19',
      size: 'small',
      provenance: { inLiquidation: true },
    });
    // Rows without a sector are grouped as such, and listed on the sector pages with the others.
    expect(placeDivisionGroups(companies).map((group) => `${group.place}/${group.division}`)).toEqual([
      'lugano/72',
      'lugano/not-stated',
    ]);
    expect(divisionSummaries(companies).find((summary) => summary.division === 'not-stated')?.count).toBe(1);
  });

  it('reads a folder of hand-written rows and one of imported rows together, with ids unique across both', () => {
    const handWritten = folderWith(
      'ticino.csv',
      'id,name,country,region,municipality,postcode,sector_code,size,website,description_it,description_en,profile,example\n' +
        'ti-000001,Esempio SA,CH,ticino,Lugano,6900,62.01,micro,,,,,true\n',
    );
    const imported = folderWith('ticino-zefix.csv', `${registerHeader}\n${zefixRow()}\n${zefixRow()}\n`);
    const { companies, problems } = readDirectorySync([handWritten, imported], { profiles: [], sources: checked });
    expect(companies.map((company) => company.id)).toEqual(['ti-000001', 'ti-che100000006']);
    expect(problems.map((problem) => `${path.basename(problem.file)}:${problem.line}: ${problem.message}`)).toEqual([
      'ticino-zefix.csv:3: "ti-che100000006" is already the id of the row on line 2: every row needs an id of its own',
    ]);
  });

  it('names the row and column of a bad check digit, an unknown source and a code of no NACE division', () => {
    const folder = folderWith(
      'ticino-zefix.csv',
      [
        registerHeader,
        zefixRow({ identifier: 'CHE-100.000.007' }),
        zefixRow({ identifier: 'CHE-200.000.001', source: 'zefx' }),
        zefixRow({ identifier: 'CHE-300.000.007', sector_code: '00.10' }),
      ].join('\n'),
    );
    const problems = readDirectorySync([folder], { profiles: [], sources: checked }).problems;
    expect(problems.map((problem) => `${problem.line} ${problem.column}`)).toEqual([
      '2 identifier',
      '3 source',
      '4 sector_code',
    ]);
    expect(problems[0]!.message).toContain('the check digit of "CHE-100.000.007" is wrong');
    expect(problems[1]!.message).toContain(
      '"zefx" is not a source of content/directory/sources.yaml (did you mean "zefix"?)',
    );
    expect(problems[2]!.message).toContain('first two digits are a NACE Rev. 2 division');
  });

  it('publishes no row of a source whose terms no editor has checked, with one message per file', () => {
    const folder = folderWith(
      'lecco-ri-startup.csv',
      [
        registerHeader,
        '10000001007,SENSORI INVENTATI S.R.L.,SRL,active,Merate,,IT,LC,,26.51.29,small,ri-startup,2026-12-01',
        '01234567897,ESEMPIO S.R.L.,SRL,active,Lecco,,IT,LC,,62.01.00,micro,ri-startup,2026-12-01',
      ].join('\n'),
    );
    const { companies, problems } = readDirectorySync([folder], { profiles: [], sources: checked });
    expect(companies).toEqual([]);
    const terms = problems.filter((problem) => problem.column === 'source');
    expect(terms).toHaveLength(1);
    expect(terms[0]!.line).toBe(2);
    expect(terms[0]!.message).toMatch(/^2 rows from "ri-startup", whose terms of use no editor has checked yet/);
  });

  it('turns a register row into problems rather than a company when a cell is wrong', () => {
    const cells = Object.fromEntries(registerColumns.map((column, index) => [column, zefixRow().split(',')[index]!]));
    expect(companyFromRegisterRow({ ...cells, status: 'deleted' })).toMatchObject({
      ok: false,
      issues: [{ column: 'status' }],
    });
  });
});
