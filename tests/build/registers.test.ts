/**
 * Rows imported from the public registers on the built directory. A copy of the site imports the
 * register fixtures (tests/registers/fixtures/, invented companies in the published formats) with
 * `runImport`, as `npm run import` does, into its content/registers/, with the sources' terms
 * marked as checked in its own copy of content/directory/sources.yaml, and is built: every
 * imported row must be on its page with its source, legal form and identifier, what the register
 * does not give must read "not stated", and each source must be named with its terms on the
 * directory pages, the open-data page and in the open data itself.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse, stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runImport } from '#features/registers/index.ts';
import { projectRoot } from '#scripts/support/paths.ts';
import { fileForPath, languages } from '#scripts/support/site-map.ts';
import { runAstroBuild, TEST_BUILD_DATE } from '../support/astro-build.ts';
import { decodeEntities } from '../support/html.ts';
import { copySite } from '../support/site-copy.ts';

const fixtures = path.join(projectRoot, 'tests', 'registers', 'fixtures');
const imports = [
  { adapter: 'zefix-rest', file: 'zefix-rest-ticino.json' },
  { adapter: 'ri-startup', file: 'ri-startup-lecco.csv' },
  { adapter: 'ri-pmi', file: 'ri-pmi-semicolon.csv' },
] as const;

interface ImportedRow {
  identifier: string;
  name: string;
  legal_form: string;
  municipality: string;
  sector_code: string;
  size: string;
  source: string;
}

let site: string | undefined;
const rows: ImportedRow[] = [];
/** The same Zefix companies as read through the SPARQL endpoint: the file the REST import replaces on the site. */
let sparqlRows: ImportedRow[] = [];

const readRows = (file: string) => parseCsv(readFileSync(file, 'utf8'), { columns: true }) as ImportedRow[];
let attributions: Map<string, string>;

const dist = () => path.join(site!, 'dist');
const read = (urlPath: string) => decodeEntities(readFileSync(fileForPath(dist(), urlPath), 'utf8'));
const idOf = (row: ImportedRow) =>
  `${row.identifier.startsWith('CHE') ? 'ti' : 'lc'}-${row.identifier.toLowerCase().replace(/[^a-z0-9]/g, '')}`;
const slugOf = (municipality: string) => municipality.toLowerCase().replace(/[^a-z0-9]+/g, '-');

beforeAll(async () => {
  site = await copySite('pmi-hub-registers-');
  const sourcesFile = path.join(site, 'content', 'directory', 'sources.yaml');
  const registry = parse(readFileSync(sourcesFile, 'utf8')) as { sources: Record<string, unknown>[] };
  // In the copy only: the terms count as read, so the rows may be published.
  for (const source of registry.sources) source['terms_checked'] = '2026-12-01';
  writeFileSync(sourcesFile, stringify(registry));
  attributions = new Map(registry.sources.map((source) => [String(source['id']), String(source['attribution'])]));

  const outDir = path.join(site, 'content', 'registers');
  const sparqlDir = path.join(site, 'sparql-import');
  for (const { adapter, file, out } of [
    ...imports.map((entry) => ({ ...entry, out: outDir })),
    { adapter: 'zefix-sparql', file: 'zefix-sparql-refresh.json', out: sparqlDir },
  ]) {
    const outcome = await runImport({
      adapter,
      input: path.join(fixtures, file),
      outDir: out,
      retrieved: '2026-12-01',
      sourcesFile,
      includeSoleProprietorships: false,
    });
    if (!outcome.ok) throw new Error(`import of ${file} failed:\n${outcome.report.join('\n')}`);
  }
  for (const name of readdirSync(outDir).filter((entry) => entry.endsWith('.csv'))) {
    rows.push(...readRows(path.join(outDir, name)));
  }
  sparqlRows = readRows(path.join(sparqlDir, 'ticino-zefix.csv'));
  const build = await runAstroBuild(site, { env: { PMI_BUILD_DATE: TEST_BUILD_DATE, PMI_POST_BUILD: 'off' } });
  if (build.code !== 0) throw new Error(`the build with imported rows failed:\n${build.output}`);
}, 5 * 60_000);

afterAll(async () => {
  if (site) await rm(site, { recursive: true, force: true });
});

describe('a site with rows imported from the public registers', () => {
  it('imported rows from every source', () => {
    expect(new Set(rows.map((row) => row.source))).toEqual(new Set(['zefix', 'ri-startup', 'ri-pmi']));
  });

  it('reads the same Zefix rows through SPARQL as through REST (SPARQL gives no postcode)', () => {
    expect(sparqlRows.length).toBeGreaterThan(0);
    for (const row of sparqlRows) {
      const rest = rows.find((other) => other.identifier === row.identifier);
      expect(rest, row.identifier).toBeDefined();
      expect({ ...row, postcode: '' }).toEqual({ ...rest, postcode: '' });
    }
  });

  describe.each(languages)('in %s', (language) => {
    const notStated = {
      it: ['Settore non indicato', 'Dimensione non indicata'],
      en: ['Sector not stated', 'Size not stated'],
    }[language];

    it('shows every imported row on its page, with legal form, identifier and source', () => {
      for (const row of rows) {
        const division = row.sector_code === '' ? 'not-stated' : row.sector_code.slice(0, 2);
        const page = read(`/${language}/directory/places/${slugOf(row.municipality)}/${division}/`);
        const start = page.indexOf(`id="${idOf(row)}"`);
        expect(start, `${row.name} on its page`).toBeGreaterThan(0);
        const item = page.slice(start, page.indexOf('</li>', start));
        expect(item).toContain(row.name);
        expect(item).toContain(row.identifier);
        expect(item).toContain(row.legal_form);
        expect(item).toContain(row.source === 'zefix' ? 'Zefix' : 'Registro delle imprese');
        expect(item).toContain('datetime="2026-12-01"');
        if (row.sector_code === '') expect(item).toContain(notStated[0]);
        if (row.size === '') expect(item).toContain(notStated[1]);
        // Real rows carry no example marker; the example rows beside them do.
        expect(item).not.toContain('class="dir-example"');
      }
    });

    it('names each source with its attribution and terms on the directory pages and the open-data page', () => {
      for (const urlPath of [`/${language}/directory/`, `/${language}/directory/sectors/`, `/${language}/open-data/`]) {
        const page = read(urlPath);
        for (const source of ['zefix', 'ri-startup', 'ri-pmi']) {
          expect(page, `${urlPath} names ${source}`).toContain(attributions.get(source)!);
        }
      }
    });

    it('marks the example rows once real rows stand beside them, and says so in the notice', () => {
      const page = read(`/${language}/directory/places/lecco/`);
      expect(page).toContain(
        { it: 'Le imprese segnate «esempio» sono inventate', en: 'Companies marked “example” are fictional' }[language],
      );
      // Software in Lecco: an imported startup beside the example rows.
      const mixed = read(`/${language}/directory/places/lecco/62/`);
      const imported = rows.filter((row) => row.municipality === 'Lecco' && row.sector_code.startsWith('62'));
      expect(imported.length).toBeGreaterThan(0);
      const items = mixed.split('<li class="dir-row"').slice(1);
      expect(items.length).toBeGreaterThan(imported.length);
      for (const item of items) {
        const real = imported.some((row) => item.startsWith(` id="${idOf(row)}"`));
        expect(item.includes('class="dir-example"'), item.slice(0, 40)).toBe(!real);
      }
    });
  });

  it('publishes each imported row in the open data with its provenance and the credit its register asks for', () => {
    const csv = gunzipSync(readFileSync(path.join(dist(), 'data', 'directory.csv.gz'))).toString('utf8');
    const header = csv.slice(0, csv.indexOf('\n'));
    expect(header).toContain('provenance.attribution');
    for (const row of rows) {
      const line = csv.split('\n').find((entry) => entry.startsWith(`${idOf(row)},`));
      expect(line, row.name).toBeDefined();
      expect(line).toContain(row.identifier);
      expect(line).toContain(attributions.get(row.source)!.slice(0, 20));
    }
    const schema = readFileSync(path.join(dist(), 'data', 'directory.schema.json'), 'utf8');
    expect(schema).toContain('"provenance"');
  });
});
