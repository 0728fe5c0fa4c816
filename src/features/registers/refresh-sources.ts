/**
 * What `npm run registers:refresh` downloads, source by source: the request, what a plausible
 * answer looks like, the file name of the download (what `--offline DIR` reads) and the fixture
 * that stands in for it (`--from-fixtures`). The addresses themselves are in the sources
 * registry (`refresh_url` in content/directory/sources.yaml), the one place to change them.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AdapterId } from './adapter-table.ts';
import type { DownloadRequest } from './download.ts';

type RequestShape = Pick<
  DownloadRequest,
  'method' | 'headers' | 'body' | 'contentTypes' | 'minBytes' | 'maxBytes' | 'sniff'
>;

export interface RefreshSource {
  /** The adapter that imports the download; also the name on the command line. */
  adapter: AdapterId;
  /** File name of the download. */
  download: string;
  /** The stand-in in tests/registers/fixtures/. */
  fixture: string;
  request: () => RequestShape;
}

/** The SPARQL query the project ships, sent as the protocol's form-encoded POST. */
export const ZEFIX_QUERY_FILE = fileURLToPath(new URL('zefix-ticino.rq', import.meta.url));

const MB = 1_000_000;

function firstText(head: Buffer): string {
  return head
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart();
}

/** A SPARQL JSON result is an object; an HTML error page or a CSV is not. */
function sniffJson(head: Buffer): string | undefined {
  return firstText(head).startsWith('{')
    ? undefined
    : `does not start with "{": not SPARQL 1.1 JSON results (first bytes: ${JSON.stringify(firstText(head).slice(0, 40))})`;
}

/** The Italian lists are also published as Excel and PDF: the importer reads the CSV export only. */
function sniffCsv(head: Buffer): string | undefined {
  if (head.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])))
    return 'an Excel workbook (.xlsx), not CSV: configure the address of the CSV export';
  if (head.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0])))
    return 'an Excel 97 workbook (.xls), not CSV: configure the address of the CSV export';
  if (head.subarray(0, 5).toString('latin1') === '%PDF-')
    return 'a PDF, not CSV: configure the address of the CSV export';
  if (/^<(!doctype|html)/i.test(firstText(head))) return 'a web page, not CSV: the address does not serve the list';
  return undefined;
}

const csvRequest = (): RequestShape => ({
  method: 'GET',
  headers: { accept: 'text/csv, text/plain;q=0.5, */*;q=0.1' },
  // Download servers label CSV in many ways; the first bytes are checked as well.
  contentTypes: ['text/csv', 'text/plain', 'application/csv', 'application/vnd.ms-excel', 'application/octet-stream'],
  minBytes: 100,
  maxBytes: 200 * MB,
  sniff: sniffCsv,
});

export const refreshSources: readonly RefreshSource[] = [
  {
    adapter: 'zefix-sparql',
    download: 'zefix-sparql.json',
    fixture: 'zefix-sparql-refresh.json',
    request: () => ({
      method: 'POST',
      headers: {
        accept: 'application/sparql-results+json',
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams({ query: readFileSync(ZEFIX_QUERY_FILE, 'utf8') }).toString(),
      contentTypes: ['application/sparql-results+json', 'application/json'],
      minBytes: 100,
      maxBytes: 1000 * MB,
      sniff: sniffJson,
    }),
  },
  { adapter: 'ri-startup', download: 'ri-startup.csv', fixture: 'ri-startup-lecco.csv', request: csvRequest },
  { adapter: 'ri-pmi', download: 'ri-pmi.csv', fixture: 'ri-pmi-semicolon.csv', request: csvRequest },
];
