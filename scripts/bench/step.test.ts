import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { treePids } from './proc-tree.ts';
import { killRunningSteps, runStep, StepFailedError, type StepSpec } from './step.ts';

let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'pmi-hub-bench-step-'));
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

function node(name: string, code: string): StepSpec {
  return {
    name,
    command: process.execPath,
    args: ['-e', code],
    cwd: folder,
    env: process.env,
    logFile: path.join(folder, `${name}.log`),
    sampleMs: 20,
  };
}

describe('measured steps', () => {
  it('measures a step’s peak memory and keeps its output in the log', async () => {
    const result = await runStep(
      node(
        'allocate',
        "const b = Buffer.alloc(100 * 1024 * 1024, 1); console.log('held'); setTimeout(() => b[0]++, 300);",
      ),
    );
    expect(result.peakRssBytes).toBeGreaterThan(100 * 1024 * 1024);
    expect(result.rssSamples).toBeGreaterThan(1);
    expect(result.wallMs).toBeGreaterThan(0);
    expect(result.command[0]).toBe(process.execPath);
    expect(await readFile(result.logFile, 'utf8')).toBe('held\n');
  });

  it('fails with the end of the output when the step fails', async () => {
    const failing = runStep(node('failing', "console.error('content error: unknown sector'); process.exit(3);"));
    await expect(failing).rejects.toThrow(StepFailedError);
    await expect(failing).rejects.toThrow(/failing exited with code 3[\s\S]*content error: unknown sector/);
  });

  it('ends a running step and its descendants', async () => {
    const code =
      "const { spawn } = require('node:child_process'); " +
      "spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'inherit' }); " +
      "console.log('started'); setInterval(() => {}, 1000);";
    const spec = node('endless', code);
    const running = runStep(spec);
    const outcome = running.catch((error: unknown) => error);
    let pids: number[] = [];
    while (pids.length < 2) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      const root = treePids(process.pid).find((pid) => pid !== process.pid && treePids(pid).length === 2);
      pids = root === undefined ? [] : treePids(root);
    }
    await killRunningSteps(1000);
    expect(await outcome).toBeInstanceOf(StepFailedError);
    for (const pid of pids) expect(treePids(pid)).toEqual([]);
  });
});
