import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { projectRoot } from '#scripts/support/paths.ts';
import { swissUidCheckDigit } from '#schemas/identifiers.ts';
import type { RegisterRow } from '#schemas/register-row.ts';
import { diffRows, registerCsvLines, rowContent, writeFilesAtomically } from './output.ts';
import { runImport } from './run-import.ts';

const fixtures = path.join(projectRoot, 'tests', 'registers', 'fixtures');
const sourcesFile = path.join(projectRoot, 'content', 'directory', 'sources.yaml');
let out: string;

beforeEach(() => {
  out = mkdtempSync(path.join(tmpdir(), 'registers-'));
});
afterEach(() => rmSync(out, { recursive: true, force: true }));

const request = (adapter: string, file: string, retrieved = '2026-12-01') => ({
  adapter,
  input: path.join(fixtures, file),
  outDir: out,
  retrieved,
  sourcesFile,
});

describe('runImport', () => {
  it('writes the rows and a summary, then counts changes against the current file', async () => {
    const first = await runImport(request('zefix-rest', 'zefix-rest-single.json'));
    expect(first.ok).toBe(true);
    expect(first.report.at(-2)).toBe('ticino-zefix.csv: 1 added, 0 changed, 0 removed, 0 unchanged');
    const csv = readFileSync(path.join(out, 'ticino-zefix.csv'), 'utf8');
    expect(csv.split('\n')[1]).toBe(
      'CHE-100.000.006,Officina Esempio Fittizia SA,Società anonima,active,Lugano,5192,CH,TI,,,,zefix,2026-12-01',
    );

    const second = await runImport(request('zefix-rest', 'zefix-rest-ticino.json', '2026-12-08'));
    // The first company now has its postcode: changed, not added.
    expect(second.report).toContain('ticino-zefix.csv: 2 added, 1 changed, 0 removed, 0 unchanged');
    const summary = readFileSync(path.join(out, 'ticino-zefix.summary.md'), 'utf8');
    expect(summary).toContain('| Added | 2 |');
    expect(summary).toContain('Fonte / Source: Zefix');
    expect(summary).toContain('1 sole proprietorships');
  });

  it('writes nothing when a row is invalid, naming file, row and field', async () => {
    await runImport(request('zefix-rest', 'zefix-rest-single.json'));
    const before = readFileSync(path.join(out, 'ticino-zefix.csv'), 'utf8');
    const outcome = await runImport(request('zefix-rest', 'zefix-rest-bad.json'));
    expect(outcome.ok).toBe(false);
    expect(outcome.report[0]).toBe('5 errors in zefix-rest-bad.json; nothing was written:');
    expect(outcome.report[1]).toBe(
      'zefix-rest-bad.json: row 1: field "identifier": the check digit of "CHE-100.000.007" is wrong: after 10000000 it must be 6 (mod-11 check) — check for a typo',
    );
    expect(readFileSync(path.join(out, 'ticino-zefix.csv'), 'utf8')).toBe(before);
    expect(readdirSync(out).sort()).toEqual(['ticino-zefix.csv', 'ticino-zefix.summary.md']);
  });

  describe('with a tenth of the records malformed', () => {
    // Twenty Zefix records of Lugano with valid UIDs; two get an unknown legal form.
    const uids: string[] = [];
    for (let base = 30_000_000; uids.length < 20; base++) {
      const check = swissUidCheckDigit(String(base));
      if (check !== undefined) uids.push(`CHE${base}${check}`);
    }
    const records = (bad: number[]) =>
      JSON.stringify(
        uids.map((uid, index) => ({
          name: `Fittizia ${index + 1} SA`,
          uid,
          legalFormId: bad.includes(index) ? 99 : 3,
          legalSeat: 'Lugano',
          legalSeatId: 5192,
          status: 'EXISTIEREND',
        })),
      );
    const write = (name: string, text: string) => {
      writeFileSync(path.join(out, name), text);
      return { ...request('zefix-rest', 'unused.json'), input: path.join(out, name) };
    };

    it('fails by default, writing nothing, and says how many were invalid against the limit', async () => {
      const outcome = await runImport(write('records.json', records([3, 11])));
      expect(outcome.ok).toBe(false);
      expect(outcome.report).toContain('2 of 20 records (10 %) are invalid, more than the 0 % --max-invalid allows');
      expect(existsSync(path.join(out, 'ticino-zefix.csv'))).toBe(false);
    });

    it('skips them within the limit, lists them, and removes nothing that run', async () => {
      // Last week every record was valid.
      expect((await runImport(write('last-week.json', records([])))).ok).toBe(true);
      const outcome = await runImport({ ...write('records.json', records([3, 11])), maxInvalidShare: 0.1 });
      expect(outcome.ok).toBe(true);
      expect(outcome.report.filter((line) => line.includes('skipped: unknown legal form id 99'))).toHaveLength(2);
      expect(outcome.report).toContain(
        'skipped 2 invalid records (10 %, within --max-invalid 10 %); 2 rows of the current file kept rather than removed',
      );
      expect(outcome.diff).toMatchObject({ added: 0, removed: 0, unchanged: 20 });
      const csv = readFileSync(path.join(out, 'ticino-zefix.csv'), 'utf8');
      for (const uid of [uids[3]!, uids[11]!])
        expect(csv).toContain(`CHE-${uid.slice(3, 6)}.${uid.slice(6, 9)}.${uid.slice(9)}`);
      expect(readFileSync(path.join(out, 'ticino-zefix.summary.md'), 'utf8')).toContain(
        'skipped: unknown legal form id 99',
      );
    });

    it('never skips past the limit, nor a problem with the file itself', async () => {
      const over = await runImport({ ...write('records.json', records([1, 2, 3])), maxInvalidShare: 0.1 });
      expect(over.ok).toBe(false);
      expect(over.report).toContain('3 of 20 records (15 %) are invalid, more than the 10 % --max-invalid allows');
      const cut = await runImport({ ...request('zefix-rest', 'zefix-rest-truncated.json'), maxInvalidShare: 0.5 });
      expect(cut.ok).toBe(false);
      expect(existsSync(path.join(out, 'ticino-zefix.csv'))).toBe(false);
    });
  });

  it('refuses an unknown source and a bad date', async () => {
    expect((await runImport(request('zefix', 'zefix-rest-single.json'))).report).toEqual([
      'unknown source "zefix": expected one of zefix-rest, zefix-sparql, ri-startup, ri-pmi',
    ]);
    expect((await runImport(request('ri-pmi', 'ri-pmi-semicolon.csv', '1.12.2026'))).report).toEqual([
      '--retrieved: expected the download day as YYYY-MM-DD — got "1.12.2026"',
    ]);
    expect(readdirSync(out)).toEqual([]);
  });
});

describe('diffRows', () => {
  const row = (identifier: string, name: string) =>
    ({
      identifier,
      name,
      legal_form: 'SA',
      status: 'active',
      municipality: 'Lugano',
      country: 'CH',
      area: 'TI',
      source: 'zefix',
      retrieved: '2026-12-01',
    }) as RegisterRow;

  it('counts added, changed, removed and unchanged rows, ignoring the retrieval date', () => {
    const current = new Map([
      ['A', rowContent({ ...row('A', 'Uno'), retrieved: '2026-01-01' })],
      ['B', rowContent(row('B', 'Due'))],
      ['C', rowContent(row('C', 'Tre'))],
    ]);
    expect(diffRows(current, [row('A', 'Uno'), row('B', 'Due bis'), row('D', 'Quattro')])).toEqual({
      added: 1,
      changed: 1,
      removed: 1,
      unchanged: 1,
    });
  });

  it('quotes cells with commas, quotes or line breaks', () => {
    const lines = [...registerCsvLines([row('A', 'Uno, "Due"')])];
    expect(lines[1]).toContain('"Uno, ""Due"""');
  });
});

describe('writeFilesAtomically', () => {
  it('changes no file and leaves no temporary file when writing fails part-way', () => {
    const csv = path.join(out, 'ticino-zefix.csv');
    const summary = path.join(out, 'ticino-zefix.summary.md');
    copyFileSync(path.join(fixtures, 'zefix-rest-single.json'), csv);
    writeFileSync(summary, 'old summary\n');
    function* failing() {
      yield 'identifier,name\n';
      throw new Error('disk full');
    }
    expect(() =>
      writeFilesAtomically([
        { file: csv, chunks: ['new rows\n'] },
        { file: summary, chunks: failing() },
      ]),
    ).toThrow('disk full');
    expect(readFileSync(csv, 'utf8')).toBe(readFileSync(path.join(fixtures, 'zefix-rest-single.json'), 'utf8'));
    expect(readFileSync(summary, 'utf8')).toBe('old summary\n');
    expect(readdirSync(out).sort()).toEqual(['ticino-zefix.csv', 'ticino-zefix.summary.md']);
  });

  it('replaces the files when every write succeeds', () => {
    const file = path.join(out, 'a.csv');
    writeFilesAtomically([{ file, chunks: ['one\n', 'two\n'] }]);
    expect(readFileSync(file, 'utf8')).toBe('one\ntwo\n');
    expect(existsSync(`${file}.tmp`)).toBe(false);
  });
});
