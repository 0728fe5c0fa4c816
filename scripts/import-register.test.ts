import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { projectRoot } from './support/paths.ts';

const script = path.join(projectRoot, 'scripts', 'import-register.ts');
const fixture = (name: string) => path.join(projectRoot, 'tests', 'registers', 'fixtures', name);
let out: string;

beforeEach(() => {
  out = mkdtempSync(path.join(tmpdir(), 'import-cli-'));
});
afterEach(() => rmSync(out, { recursive: true, force: true }));

function run(...args: string[]): { status: number; stdout: string; stderr: string } {
  try {
    const stdout = execFileSync(process.execPath, [script, ...args, '--out', out], { encoding: 'utf8', stdio: 'pipe' });
    return { status: 0, stdout, stderr: '' };
  } catch (error) {
    const failed = error as { status: number; stdout: string; stderr: string };
    return { status: failed.status, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('npm run import', () => {
  it('imports a fixture and prints the counts', () => {
    const result = run('ri-pmi', fixture('ri-pmi-semicolon.csv'), '--retrieved', '2026-12-01');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('lecco-ri-pmi.csv: 1 added, 0 changed, 0 removed, 0 unchanged');
    expect(readdirSync(out).sort()).toEqual(['lecco-ri-pmi.csv', 'lecco-ri-pmi.summary.md']);
  });

  it('exits with 1 and writes nothing on an invalid row', () => {
    const result = run('ri-startup', fixture('ri-startup-bad.csv'));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'ri-startup-bad.csv: row 2: field "identifier": the check digit of "12345670976" is wrong',
    );
    expect(readdirSync(out)).toEqual([]);
  });
});
