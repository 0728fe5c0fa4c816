import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { adapters } from '#features/registers/index.ts';
import { projectRoot } from '#scripts/support/paths.ts';
import { importCommand, renderImportReport, writeZefixSparql, type ImportBenchResults } from './registers.ts';
import { summarize } from './stats.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'bench-registers-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the register import benchmark', () => {
  it('generates SPARQL results the real importer reads, with deleted entities and sole proprietorships', async () => {
    const file = path.join(dir, 'zefix.json');
    const generated = writeZefixSparql(file, 400);
    expect(generated.records).toBe(400);
    const result = await adapters['zefix-sparql'].run(createReadStream(file), { retrieved: '2026-12-07' });
    expect(result.problems).toEqual([]);
    expect(result.counts).toMatchObject({ read: 400, deleted: 20, invalid: 0, merged: 0 });
    expect(result.counts.soleProprietorships).toBeGreaterThan(60);
    expect(result.counts.kept).toBe(400 - 20 - result.counts.soleProprietorships);
  });

  it('runs the command of npm run import, with its Node flags', () => {
    const [node, ...args] = importCommand(projectRoot);
    expect(node).toBe(process.execPath);
    expect(args.at(-1)).toBe(path.join(projectRoot, 'scripts', 'import-register.ts'));
  });

  it('judges the medians against 20 s and 300 MB', () => {
    const results = {
      machine: { cpus: 2, memoryBytes: 8e9, node: 'v24' },
      generated: { records: 50_000, bytes: 25e6, ms: 900 },
      runs: [{}, {}, {}],
      wallMs: summarize([9000, 8000, 25_000]),
      peakRssBytes: summarize([310e6, 320e6, 330e6]),
      targets: [
        { id: 'import-ms', limit: 20_000, value: 9000, verdict: 'pass' },
        { id: 'import-peak-rss', limit: 300e6, value: 320e6, verdict: 'FAIL' },
      ],
    } as unknown as ImportBenchResults;
    const report = renderImportReport(results);
    expect(report).toMatch(/import \(npm run import -- zefix-sparql\)\s+9\.00 s\s+8\.00 s–25\.0 s\s+≤ 20 s\s+pass/);
    expect(report).toMatch(/peak RSS \(process tree\)\s+320 MB\s+310 MB–330 MB\s+≤ 300 MB\s+FAIL/);
    expect(report).toContain('Targets: 1 of 2 met');
  });
});
