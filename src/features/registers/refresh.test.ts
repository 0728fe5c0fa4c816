import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { projectRoot } from '#scripts/support/paths.ts';
import { formatRefreshFailure, runRefresh, type RefreshRequest } from './refresh.ts';

const fixtures = path.join(projectRoot, 'tests', 'registers', 'fixtures');
const sourcesFile = path.join(projectRoot, 'content', 'directory', 'sources.yaml');
let work: string;
let outDir: string;
let summaryFile: string;

beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'refresh-'));
  outDir = path.join(work, 'registers');
  summaryFile = path.join(work, 'pr-body.md');
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

const fromFixtures = (extra: Partial<RefreshRequest> = {}): RefreshRequest => ({
  sources: [],
  input: { kind: 'offline', dir: fixtures, names: 'fixture' },
  outDir,
  sourcesFile,
  retrieved: '2026-12-07',
  summaryFile,
  ...extra,
});

/** Every file of the folder with its content, to prove nothing changed. */
function snapshot(dir: string): Record<string, string> {
  if (!existsSync(dir)) return {};
  return Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(path.join(dir, name), 'utf8')]));
}

describe('runRefresh', () => {
  it('imports every source offline, checks the files and writes the combined summary', async () => {
    const outcome = await runRefresh(fromFixtures());
    expect(outcome.failure).toBeUndefined();
    expect(outcome.refreshed.map(({ adapter, diff }) => `${adapter} +${diff.added}`)).toEqual([
      'zefix-sparql +2',
      'ri-startup +3',
      'ri-pmi +1',
    ]);
    expect(outcome.changes).toBe(6);
    expect(readdirSync(outDir).sort()).toEqual([
      'lecco-ri-pmi.csv',
      'lecco-ri-pmi.summary.md',
      'lecco-ri-startup.csv',
      'lecco-ri-startup.summary.md',
      'ticino-zefix.csv',
      'ticino-zefix.summary.md',
    ]);
    const summary = readFileSync(summaryFile, 'utf8');
    expect(summary).toMatch(/^# Register refresh, 2026-12-07\n\n6 rows added, changed or removed\./);
    expect(summary).toContain('| zefix-sparql | `ticino-zefix.csv` | 2 | 0 | 0 | 0 |');
    expect(summary).toContain('## Import ri-pmi: lecco-ri-pmi.csv');
    expect(summary).toContain('### Warnings (2)');
    expect(summary).toContain('Fonte / Source: Registro delle imprese, sezione speciale startup innovative');

    // The same data a week later: nothing to review but the dates.
    const again = await runRefresh(fromFixtures({ retrieved: '2026-12-14' }));
    expect(again.changes).toBe(0);
    expect(readFileSync(summaryFile, 'utf8')).toContain('No row was added, changed or removed');
    expect(readFileSync(path.join(outDir, 'ticino-zefix.csv'), 'utf8')).toContain(',zefix,2026-12-14\n');
  });

  it('changes nothing when the second source fails, and names it and the step', async () => {
    await runRefresh(fromFixtures());
    const before = snapshot(outDir);
    writeFileSync(summaryFile, 'last week');
    const offline = path.join(work, 'downloads');
    mkdirSync(offline);
    copyFileSync(path.join(fixtures, 'zefix-sparql-refresh.json'), path.join(offline, 'zefix-sparql.json'));
    copyFileSync(path.join(fixtures, 'ri-startup-bad.csv'), path.join(offline, 'ri-startup.csv'));
    copyFileSync(path.join(fixtures, 'ri-pmi-semicolon.csv'), path.join(offline, 'ri-pmi.csv'));

    const outcome = await runRefresh(fromFixtures({ input: { kind: 'offline', dir: offline, names: 'download' } }));
    expect(outcome.ok).toBe(false);
    expect(outcome.failure).toMatchObject({ source: 'ri-startup', step: 'import' });
    expect(outcome.failure?.message).toContain('ri-startup.csv: row 2: field "identifier": the check digit');
    expect(formatRefreshFailure(outcome.failure!, 'content/registers')).toMatch(
      /^registers:refresh stopped at ri-startup, step import:\n[^]*\nNothing in content\/registers was changed\.$/,
    );
    // The first source imported fine, yet its file is the one of the last refresh; no staging left.
    expect(snapshot(outDir)).toEqual(before);
    expect(readFileSync(summaryFile, 'utf8')).toBe('last week');
  });

  it('stops at the check step when the project check fails', async () => {
    const outcome = await runRefresh(fromFixtures({ extraCheck: () => ['content check: a problem'] }));
    expect(outcome.failure).toEqual({ source: 'all', step: 'check', message: 'content check: a problem' });
    expect(existsSync(outDir)).toBe(false);
    expect(existsSync(summaryFile)).toBe(false);
  });

  it('names every source without a download address before fetching anything', async () => {
    const outcome = await runRefresh(
      fromFixtures({ input: { kind: 'fetch', downloadsDir: work, timeoutMs: 1000, retries: 0, backoffMs: 1 } }),
    );
    expect(outcome.failure?.source).toBe('ri-startup, ri-pmi');
    expect(outcome.failure?.step).toBe('config');
    expect(outcome.failure?.message.split('\n')).toEqual([
      expect.stringMatching(/^ri-startup: source "ri-startup" in .*sources\.yaml has no refresh_url\./),
      expect.stringMatching(/^ri-pmi: source "ri-pmi" in .*sources\.yaml has no refresh_url\./),
    ]);
    expect(readdirSync(work)).toEqual([]);
  });

  it('names the source and the fetch step when a download fails', async () => {
    const sources = path.join(work, 'sources.yaml');
    // Nothing listens on port 1: the connection is refused at once.
    writeFileSync(
      sources,
      readFileSync(sourcesFile, 'utf8').replace(
        'refresh_url: https://ld.admin.ch/query',
        'refresh_url: https://127.0.0.1:1/query',
      ),
    );
    const outcome = await runRefresh(
      fromFixtures({
        sources: ['zefix-sparql'],
        sourcesFile: sources,
        input: { kind: 'fetch', downloadsDir: path.join(work, 'downloads'), timeoutMs: 2000, retries: 0, backoffMs: 1 },
      }),
    );
    expect(outcome.failure).toMatchObject({ source: 'zefix-sparql', step: 'fetch' });
    expect(outcome.failure?.message).toMatch(/^https:\/\/127\.0\.0\.1:1\/query: fetch failed/);
    expect(readdirSync(path.join(work, 'downloads'))).toEqual([]);
    expect(existsSync(outDir)).toBe(false);
  });

  it('refuses an unknown source', async () => {
    const outcome = await runRefresh(fromFixtures({ sources: ['zefix'] }));
    expect(outcome.failure).toEqual({
      source: 'all',
      step: 'config',
      message: 'unknown source "zefix": expected zefix-sparql, ri-startup, ri-pmi',
    });
  });
});
