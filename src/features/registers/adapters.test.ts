/** Each adapter on its fixtures (tests/registers/fixtures/, invented companies in the real formats). */
import { createReadStream, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '#scripts/support/paths.ts';
import { adapters, type AdapterId } from './index.ts';

const fixtures = path.join(projectRoot, 'tests', 'registers', 'fixtures');
const options = { retrieved: '2026-12-01' };

const fixture = (file: string) => readFileSync(path.join(fixtures, file), 'utf8');

function run(adapter: AdapterId, file: string, extra: { includeSoleProprietorships?: boolean } = {}) {
  return adapters[adapter].run(createReadStream(path.join(fixtures, file)), { ...options, ...extra });
}

const messages = (result: Awaited<ReturnType<typeof run>>) =>
  result.problems.map((problem) => `${problem.level} ${problem.row} ${problem.field ?? '-'}: ${problem.message}`);

describe('zefix-rest', () => {
  it('keeps the active and dissolving companies of Ticino, drops the rest with counts, merges duplicates', async () => {
    const result = await run('zefix-rest', 'zefix-rest-ticino.json');
    expect(result.rows).toEqual([
      {
        identifier: 'CHE-100.000.006',
        name: 'Officina Esempio Fittizia SA',
        legal_form: 'Società anonima',
        status: 'active',
        municipality: 'Lugano',
        municipality_code: '5192',
        country: 'CH',
        area: 'TI',
        postcode: '6900',
        source: 'zefix',
        retrieved: '2026-12-01',
      },
      expect.objectContaining({ identifier: 'CHE-200.000.001', legal_form: 'Società a garanzia limitata' }),
      expect.objectContaining({ identifier: 'CHE-600.000.003', status: 'in-liquidation' }),
    ]);
    expect(result.counts).toEqual({
      read: 7,
      kept: 3,
      outsideArea: 1,
      deleted: 1,
      soleProprietorships: 1,
      merged: 1,
      invalid: 0,
    });
    expect(messages(result)).toEqual([
      'warning 6 identifier: CHE-100.000.006 is also on row 1: merged into it (kept the values of row 1 for "postcode")',
    ]);
    // Nothing from the register publications, which name people.
    expect(JSON.stringify(result.rows)).not.toContain('Persona Fittizia');
  });

  it('keeps sole proprietorships only when asked', async () => {
    const result = await run('zefix-rest', 'zefix-rest-ticino.json', { includeSoleProprietorships: true });
    expect(result.rows.map((row) => row.identifier)).toContain('CHE-400.000.002');
    expect(result.counts.soleProprietorships).toBe(0);
  });

  it('reads a single record as well as an array', async () => {
    const result = await run('zefix-rest', 'zefix-rest-single.json');
    expect(result.rows.map((row) => row.identifier)).toEqual(['CHE-100.000.006']);
  });

  it('names the record and field of every bad value', async () => {
    const result = await run('zefix-rest', 'zefix-rest-bad.json');
    expect(result.rows).toEqual([]);
    expect(messages(result)).toEqual([
      'error 1 identifier: the check digit of "CHE-100.000.007" is wrong: after 10000000 it must be 6 (mod-11 check) — check for a typo',
      'error 2 legalFormId: unknown legal form id 99: expected one of the ids in ZEFIX_LEGAL_FORMS (zefix-rest.ts)',
      'error 3 legalSeatId: expected the BFS number of the municipality of the seat, e.g. 5192 (Lugano)',
      'error 4 status: expected one of EXISTIEREND, AUFGELOEST, GELOESCHT — got "UNBEKANNT"',
      'error 5 name: is required but missing (expected the company name as registered)',
    ]);
    expect(result.counts.invalid).toBe(5);
  });

  it('refuses a number of Ticino’s block that names no municipality today, and keeps the others', async () => {
    const [first, second, third] = JSON.parse(fixture('zefix-rest-ticino.json')) as Record<string, unknown>[];
    const records = [{ ...first, legalSeatId: 5004 }, second, { ...third, uid: 'CHE300000007', legalSeatId: 261 }];
    const result = await adapters['zefix-rest'].run([JSON.stringify(records)], options);
    expect(result.rows.map((row) => row.identifier)).toEqual(['CHE-200.000.001']);
    expect(result.counts).toMatchObject({ outsideArea: 1 });
    expect(messages(result)).toEqual([
      "error 1 legalSeatId: 5004 is in Ticino's block of BFS numbers but names no municipality of the canton today (FSO, 2026 boundaries): check the number; a municipality merged into another takes the new one's number",
    ]);
  });

  it('drops a deleted entity even when the rest of its record is odd', async () => {
    const record = {
      name: 'Cancellata Fittizia SA',
      uid: 'CHE100000006',
      legalFormId: 99,
      legalSeatId: 5192,
      status: 'GELOESCHT',
    };
    const result = await adapters['zefix-rest'].run([JSON.stringify(record)], options);
    expect(result.problems).toEqual([]);
    expect(result.counts).toMatchObject({ read: 1, kept: 0, deleted: 1 });
  });

  it('says when the file is cut short', async () => {
    const result = await run('zefix-rest', 'zefix-rest-truncated.json');
    expect(messages(result)).toEqual(['error 1 -: the file stops in the middle of the data (is it cut short?)']);
  });

  it('reads past a broken record, and brackets, commas and quotes inside names', async () => {
    const good = (name: string) =>
      JSON.stringify({
        name,
        uid: 'CHE100000006',
        legalFormId: 3,
        legalSeat: 'Lugano',
        legalSeatId: 5192,
        status: 'EXISTIEREND',
      });
    const text = `\uFEFF[${good('Fittizia [uno], "A" SA')},{"name": oops},${good('Fittizia \\ due SA').replace('100000006', '200000001')}]`;
    // Cut into small pieces, as a stream delivers it.
    const pieces = text.match(/[\s\S]{1,7}/g)!;
    const result = await adapters['zefix-rest'].run(pieces, options);
    expect(result.rows.map((row) => row.name)).toEqual(['Fittizia [uno], "A" SA', 'Fittizia \\ due SA']);
    expect(messages(result)).toEqual([expect.stringMatching(/^error 2 -: not valid JSON: /)]);
  });
});

describe('zefix-sparql', () => {
  it('maps the bindings of the shipped query and checks the canton again', async () => {
    const result = await run('zefix-sparql', 'zefix-sparql-ticino.json');
    expect(result.rows).toEqual([
      {
        identifier: 'CHE-100.000.006',
        name: 'Officina Esempio Fittizia SA',
        legal_form: 'Società anonima',
        status: 'active',
        municipality: 'Lugano',
        municipality_code: '5192',
        country: 'CH',
        area: 'TI',
        source: 'zefix',
        retrieved: '2026-12-01',
      },
      expect.objectContaining({ identifier: 'CHE-200.000.001', municipality: 'Bellinzona' }),
    ]);
    expect(result.counts).toMatchObject({ read: 6, kept: 2, outsideArea: 1, deleted: 1, soleProprietorships: 1 });
    expect(messages(result)).toEqual([
      'error 6 identifier: the check digit of "CHE-600.000.004" is wrong: after 60000000 it must be 3 (mod-11 check) — check for a typo',
    ]);
  });

  it('refuses a municipality that Ticino does not have', async () => {
    const results = JSON.parse(fixture('zefix-sparql-refresh.json')) as {
      results: { bindings: Record<string, { value: string }>[] };
    };
    const [binding] = results.results.bindings;
    binding!['municipality']!.value = 'https://ld.admin.ch/municipality/5005';
    results.results.bindings = [binding!];
    const result = await adapters['zefix-sparql'].run([JSON.stringify(results)], options);
    expect(result.rows).toEqual([]);
    expect(messages(result)).toEqual([expect.stringMatching(/^error 1 municipality: 5005 is in Ticino's block/)]);
  });

  it('refuses results without the query’s variables', async () => {
    const input = [JSON.stringify({ head: { vars: ['name'] }, results: { bindings: [] } })];
    const result = await adapters['zefix-sparql'].run(input, options);
    expect(messages(result)).toEqual([
      'error 1 head.vars: the results lack the variables ?uid, ?legalForm, ?municipality: run the query of zefix-ticino.rq',
    ]);
  });
});

describe('ri-startup and ri-pmi', () => {
  it('keeps the companies of the province of Lecco, sizes only from head-count ranges', async () => {
    const result = await run('ri-startup', 'ri-startup-lecco.csv');
    expect(result.rows).toEqual([
      {
        identifier: '01234567897',
        name: 'ESEMPIO ROBOTICA FITTIZIA S.R.L.',
        legal_form: "SOCIETA' A RESPONSABILITA' LIMITATA",
        status: 'active',
        municipality: 'Lecco',
        country: 'IT',
        area: 'LC',
        sector_code: '62.01.00',
        size: 'micro',
        source: 'ri-startup',
        retrieved: '2026-12-01',
      },
      // A line break in a quoted value, and a comma in another.
      expect.objectContaining({ identifier: '10000001007', name: 'SENSORI INVENTATI S.R.L.', size: 'small' }),
      expect.not.objectContaining({ size: expect.anything() }),
    ]);
    expect(result.rows[2]).toMatchObject({ name: 'TESSILE IMMAGINARIO, S.P.A.' });
    expect(result.rows[2]).not.toHaveProperty('sector_code');
    expect(result.counts).toMatchObject({ read: 4, kept: 3, outsideArea: 1 });
    expect(messages(result)).toEqual([
      'warning 6 classe di addetti: "A" is not a head-count range such as 10-19: size left as not stated on 1 row',
    ]);
  });

  it('reads a semicolon list with a byte-order mark, reports unknown columns, merges and leaves out sole proprietorships', async () => {
    const result = await run('ri-pmi', 'ri-pmi-semicolon.csv');
    expect(result.rows).toEqual([
      expect.objectContaining({
        identifier: '00000010132',
        municipality: 'Calolziocorte',
        size: 'small',
        source: 'ri-pmi',
      }),
    ]);
    expect(result.counts).toMatchObject({ read: 3, kept: 1, merged: 1, soleProprietorships: 1 });
    expect(messages(result)).toEqual([
      'warning 1 Colonna Nuova: unknown column: its values are not read; if the list renamed a column, add the new name to HEADERS in ri-lists.ts',
      'warning 3 identifier: 00000010132 is also on row 2: merged into it (the same values)',
    ]);
  });

  it('names the line and column of bad rows: check digit, lost zeros, Latin-1, missing values', async () => {
    const result = await run('ri-startup', 'ri-startup-bad.csv');
    expect(result.rows).toEqual([]);
    expect(messages(result)).toEqual([
      'error 2 identifier: the check digit of "12345670976" is wrong: after 1234567097 it must be 5 — check for a typo',
      'error 3 identifier: expected the tax code of a company: 11 digits, e.g. 01234567897 — got "1234567897" (a spreadsheet may have dropped leading zeros: format the column as text)',
      'error 4 comune: holds bytes that are not UTF-8 text: the file was probably saved as Latin-1 / Windows-1252; save it again as "CSV UTF-8"',
      'error 5 -: this row has 3 values but the header has 5 columns (a value with the separator in it must be in double quotes)',
    ]);
  });

  it('stops at a header renamed upstream, naming the missing fields', async () => {
    const result = await run('ri-startup', 'ri-startup-renamed.csv');
    expect(result.rows).toEqual([]);
    expect(messages(result)).toEqual([
      'warning 1 comune fiscale: unknown column (did you mean "comune"?): its values are not read; if the list renamed a column, add the new name to HEADERS in ri-lists.ts',
      'error 1 natura giuridica: no column for this field: the header must name it (or one of its other names in HEADERS in ri-lists.ts)',
      'error 1 comune: no column for this field: the header must name it (or one of its other names in HEADERS in ri-lists.ts)',
    ]);
  });

  it('says when a file ends inside a quoted value', async () => {
    const result = await run('ri-startup', 'ri-startup-truncated.csv');
    expect(messages(result)).toEqual([
      'error 2 -: a value opens a double quote that is never closed (is the file cut short?)',
    ]);
  });

  it('says when the file is empty', async () => {
    const result = await adapters['ri-startup'].run([], options);
    expect(messages(result)).toEqual(['error 1 -: the file is empty: expected the header line of the list']);
  });
});
