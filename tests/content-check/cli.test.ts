/** The commands editors and CI run: npm run check:content and npm run report. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '#scripts/support/paths.ts';
import { baseSiteDir, materialiseFixture, readFixtures } from './support.ts';

function run(script: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [path.join(projectRoot, 'scripts', script), ...args], {
    encoding: 'utf8',
    env: { ...process.env, GITHUB_ACTIONS: '', NO_COLOR: '1', ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const fixture = readFixtures().find((candidate) => candidate.name === 'company-sector-not-in-vocabulary')!;
let broken: string;

beforeAll(async () => {
  broken = await materialiseFixture(fixture);
});

afterAll(() => {
  rmSync(broken, { recursive: true, force: true });
});

describe('npm run check:content', () => {
  it('exits with 0 and says so when there is nothing to fix', () => {
    const { code, stdout } = run('check-content.ts', ['--root', baseSiteDir]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Content check: 26 files read in \d+\.\d\d s$/m);
    expect(stdout).toContain('No errors: the content can be published.');
  });

  it('exits with 1 and prints each problem on one line', () => {
    const { code, stdout } = run('check-content.ts', ['--root', broken]);
    expect(code).toBe(1);
    expect(stdout).toContain('1 error (must be fixed before publishing):');
    expect(stdout).toContain(`  ${fixture.expected}\n`);
  });

  it('on GitHub Actions, annotates the line in the pull request and writes the run summary', () => {
    const summaryDir = mkdtempSync(path.join(os.tmpdir(), 'pmi-hub-summary-'));
    const summary = path.join(summaryDir, 'summary.md');
    const { code, stdout } = run('check-content.ts', ['--root', broken], {
      GITHUB_ACTIONS: 'true',
      GITHUB_STEP_SUMMARY: summary,
    });
    expect(code).toBe(1);
    expect(stdout).toContain(
      '::error file=content/companies/base-company.yaml,line=8,title=Content error::field "sectors[0]"',
    );
    expect(readFileSync(summary, 'utf8')).toContain('| `content/companies/base-company.yaml` | 8 | field "sectors[0]"');
    rmSync(summaryDir, { recursive: true, force: true });
  });

  it('gives JSON to other tools', () => {
    const { code, stdout } = run('check-content.ts', ['--root', broken, '--json']);
    expect(code).toBe(1);
    const result = JSON.parse(stdout) as { errors: { text: string; line: number }[] };
    expect(result.errors.map((error) => error.text)).toEqual([fixture.expected]);
  });
});

describe('npm run report', () => {
  it('prints the editorial report as Markdown', () => {
    const { code, stdout } = run('report.ts', ['--root', baseSiteDir]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^## Editorial report, \d{4}-\d{2}-\d{2}\n/);
    expect(stdout).toContain(
      '**10 entries:** 1 success story, 1 company, 1 research centre, 2 IP guides, 1 funding call, 1 event, 3 pages.',
    );
    // The base site's two entries without sources are fictional examples, which need none.
    expect(stdout).toContain('### Entries without sources (0)');
  });
});
