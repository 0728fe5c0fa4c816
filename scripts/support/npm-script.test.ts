import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { npmScriptCommand } from './npm-script.ts';
import { projectRoot } from './paths.ts';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

function projectWith(scripts: Record<string, string>): string {
  dir = mkdtempSync(path.join(os.tmpdir(), 'npm-script-'));
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ scripts }));
  return dir;
}

describe('the command of a package.json script', () => {
  it('runs on this Node, with the Node flags and arguments of the script and absolute script paths', () => {
    const root = projectWith({ build: 'node --max-semi-space-size=8 scripts/astro.ts build' });
    expect(npmScriptCommand(root, 'build')).toEqual([
      process.execPath,
      '--max-semi-space-size=8',
      path.join(root, 'scripts', 'astro.ts'),
      'build',
    ]);
  });

  it('refuses a script that is not one node command', () => {
    const root = projectWith({ build: 'astro build', start: 'node scripts/astro.ts build && astro preview' });
    expect(() => npmScriptCommand(root, 'build')).toThrow(/"build" script/);
    expect(() => npmScriptCommand(root, 'start')).toThrow(/"start" script/);
    expect(() => npmScriptCommand(root, 'missing')).toThrow(/"missing" script/);
  });

  it("builds this site through scripts/astro.ts, Astro's CLI with the project's memory settings", () => {
    const [, ...args] = npmScriptCommand(projectRoot, 'build');
    expect(args.slice(-2)).toEqual([path.join(projectRoot, 'scripts', 'astro.ts'), 'build']);
  });
});
