import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { projectRoot } from './support/paths.ts';

const script = path.join(projectRoot, 'scripts', 'registers-refresh.ts');
let work: string;

beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'refresh-cli-'));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

function run(...args: string[]): { status: number; stdout: string; stderr: string } {
  const env = { ...process.env, GITHUB_OUTPUT: path.join(work, 'github-output') };
  try {
    const stdout = execFileSync(process.execPath, [script, ...args], { encoding: 'utf8', stdio: 'pipe', env });
    return { status: 0, stdout, stderr: '' };
  } catch (error) {
    const failed = error as { status: number; stdout: string; stderr: string };
    return { status: failed.status, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('npm run registers:refresh', () => {
  it('runs the whole chain on the fixtures and tells the workflow how many rows changed', () => {
    const out = path.join(work, 'registers');
    const summary = path.join(work, 'body.md');
    const result = run('--from-fixtures', '--out', out, '--summary', summary, '--retrieved', '2026-12-07');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('ticino-zefix.csv: 2 added, 0 changed, 0 removed\n');
    expect(readdirSync(out)).toHaveLength(6);
    expect(readFileSync(summary, 'utf8')).toContain('# Register refresh, 2026-12-07');
    expect(readFileSync(path.join(work, 'github-output'), 'utf8')).toBe(`changes=6\nsummary=${summary}\n`);
  });

  it('exits with 1 naming the source and the step', () => {
    const result = run('--sources', 'ri-startup', '--out', path.join(work, 'registers'));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('registers:refresh stopped at ri-startup, step config:');
    expect(readdirSync(work)).toEqual([]);
  });
});
