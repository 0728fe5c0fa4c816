/**
 * The /proc reader against real processes: this test process, and children that allocate
 * memory. Only sizes are asserted, never times.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { rssBytes, startRssSampler, treePids, treeRss } from './proc-tree.ts';

const started: ChildProcess[] = [];

afterEach(() => {
  // The grandchildren too: an orphan holding the output pipe would keep the test run open.
  for (const child of started.splice(0)) {
    for (const pid of treePids(child.pid!).reverse()) process.kill(pid, 'SIGKILL');
  }
});

const MB = 1024 * 1024;

/**
 * A Node child (or grandchild, through a child) that allocates and touches `megabytes` of
 * memory when it reads a line on stdin, then prints "ready".
 */
function allocator(megabytes: number, { viaGrandchild = false } = {}): ChildProcess {
  const holder =
    `process.stdin.once('data', () => { globalThis.b = Buffer.alloc(${megabytes} * ${MB}, 1); ` +
    `process.stdout.write('ready\\n'); }); setInterval(() => {}, 1000);`;
  const code = viaGrandchild
    ? `const { spawn } = require('node:child_process'); ` +
      `spawn(process.execPath, ['-e', ${JSON.stringify(holder)}], { stdio: 'inherit' }); ` +
      'setInterval(() => {}, 1000);'
    : holder;
  const child = spawn(process.execPath, ['-e', code], { stdio: ['pipe', 'pipe', 'inherit'] });
  started.push(child);
  child.stdout!.setEncoding('utf8');
  return child;
}

async function allocate(child: ChildProcess): Promise<void> {
  child.stdin!.write('go\n');
  let output = '';
  while (!output.includes('ready')) {
    const [chunk] = (await once(child.stdout!, 'data')) as [string];
    output += chunk;
  }
}

async function waitForTree(pid: number, size: number): Promise<number[]> {
  for (;;) {
    const pids = treePids(pid);
    if (pids.length >= size) return pids;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('process tree memory from /proc', () => {
  it('reads this process’s own resident memory', () => {
    const own = rssBytes(process.pid);
    expect(own).toBeGreaterThan(10 * 1024 * 1024);
    expect(treePids(process.pid)[0]).toBe(process.pid);
    expect(treeRss(process.pid).bytes).toBeGreaterThanOrEqual(own!);
  });

  it('knows nothing of a process that does not exist', () => {
    expect(rssBytes(2 ** 22 + 12_345)).toBeUndefined();
    expect(treePids(2 ** 22 + 12_345)).toEqual([]);
  });

  it('finds children and grandchildren, and counts their memory in the tree', async () => {
    const child = allocator(64, { viaGrandchild: true });
    const [, grandchild, ...others] = await waitForTree(child.pid!, 2);
    expect(others).toEqual([]);
    expect(treePids(process.pid)).toEqual(expect.arrayContaining([child.pid, grandchild]));
    await allocate(child);
    // The grandchild holds the 64 MB; its parent alone does not.
    expect(treeRss(child.pid!).bytes - rssBytes(child.pid!)!).toBeGreaterThan(64 * MB);
  });

  it('sees the sampled peak of a tree grow while a grandchild allocates memory, and keeps it', async () => {
    const child = allocator(200, { viaGrandchild: true });
    await waitForTree(child.pid!, 2);
    const sampler = startRssSampler(child.pid!, 20);
    const before = sampler.peakBytes;
    await allocate(child);
    await new Promise((resolve) => setTimeout(resolve, 100));
    for (const pid of treePids(child.pid!).reverse()) process.kill(pid, 'SIGKILL');
    await once(child, 'exit');
    const peak = sampler.stop();
    expect(before).toBeGreaterThan(0);
    expect(peak - before).toBeGreaterThan(150 * MB);
    expect(sampler.samples).toBeGreaterThan(1);
    // Gone, the tree weighs nothing, but the peak stays.
    expect(treeRss(child.pid!).bytes).toBe(0);
    expect(sampler.peakBytes).toBe(peak);
  });
});
