/**
 * Memory of a whole process tree on Linux, read from /proc. A build is more than one process
 * (Astro may start workers, the index step starts Pagefind's own binary), so the peak of the
 * step is the peak of the sum of the resident memory (VmRSS) of every process in its tree.
 *
 * It is sampled: a spike shorter than the sampling interval can be missed, and pages shared
 * between processes (libraries, copy-on-write memory after fork) are counted once per process,
 * so the sum can overstate the memory really used. Good enough to compare runs and to see
 * whether a step fits in a machine's memory.
 */
import { readdirSync, readFileSync } from 'node:fs';

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    // The process or thread ended between listing and reading it.
    return undefined;
  }
}

/** Whether this kernel lists a thread's children in /proc/<pid>/task/<tid>/children. */
function hasChildrenFiles(pid: number): boolean {
  return readText(`/proc/${pid}/task/${pid}/children`) !== undefined;
}

function parseIds(text: string | undefined): number[] {
  if (!text) return [];
  return text
    .split(/\s+/)
    .filter(Boolean)
    .map(Number)
    .filter((id) => Number.isInteger(id) && id > 0);
}

/** Direct children of a process: the union of the children of each of its threads. */
function childrenOf(pid: number): number[] {
  let threads: string[];
  try {
    threads = readdirSync(`/proc/${pid}/task`);
  } catch {
    return [];
  }
  return threads.flatMap((tid) => parseIds(readText(`/proc/${pid}/task/${tid}/children`)));
}

/** Fallback for kernels without the children files: every process's parent from /proc/<pid>/stat. */
function parentMap(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readText(`/proc/${entry}/stat`);
    if (!stat) continue;
    // "pid (command name, may hold spaces and parentheses) state ppid …"
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const parent = Number(fields[1]);
    const list = children.get(parent) ?? [];
    list.push(Number(entry));
    children.set(parent, list);
  }
  return children;
}

/** Running or sleeping, not ended: a zombie (ended, not yet reaped by its parent) holds no memory and cannot be signalled. */
export function isAlive(pid: number): boolean {
  const status = readText(`/proc/${pid}/status`);
  if (status === undefined) return false;
  const state = /^State:\s+(\S)/m.exec(status)?.[1];
  return state !== 'Z' && state !== 'X';
}

/** The process and all its descendants that are alive now (root first). */
export function treePids(rootPid: number): number[] {
  if (!isAlive(rootPid)) return [];
  const viaStat = hasChildrenFiles(rootPid) ? undefined : parentMap();
  const seen = new Set<number>([rootPid]);
  const alive = [rootPid];
  const queue = [rootPid];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    for (const child of viaStat ? (viaStat.get(pid) ?? []) : childrenOf(pid)) {
      if (seen.has(child)) continue;
      seen.add(child);
      if (!isAlive(child)) continue;
      alive.push(child);
      queue.push(child);
    }
  }
  return alive;
}

/** Resident memory of one process in bytes; 0 for a zombie, undefined when it is gone. */
export function rssBytes(pid: number): number | undefined {
  const status = readText(`/proc/${pid}/status`);
  if (status === undefined) return undefined;
  const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status);
  return match ? Number(match[1]) * 1024 : 0;
}

export interface TreeRss {
  bytes: number;
  pids: number[];
}

export function treeRss(rootPid: number): TreeRss {
  const pids = treePids(rootPid);
  let bytes = 0;
  for (const pid of pids) bytes += rssBytes(pid) ?? 0;
  return { bytes, pids };
}

export interface RssSampler {
  /** Highest summed RSS seen so far, in bytes. */
  readonly peakBytes: number;
  /** How many samples were taken. */
  readonly samples: number;
  /** The processes of the tree at the last sample. */
  readonly lastPids: readonly number[];
  /** Takes one last sample and stops; returns the peak. */
  stop: () => number;
}

/** Samples the tree's summed RSS every `intervalMs` until stop(). */
export function startRssSampler(rootPid: number, intervalMs = 100): RssSampler {
  let peakBytes = 0;
  let samples = 0;
  let lastPids: number[] = [rootPid];
  const sample = () => {
    const current = treeRss(rootPid);
    samples += 1;
    if (current.pids.length > 0) lastPids = current.pids;
    if (current.bytes > peakBytes) peakBytes = current.bytes;
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    get peakBytes() {
      return peakBytes;
    },
    get samples() {
      return samples;
    },
    get lastPids() {
      return lastPids;
    },
    stop() {
      clearInterval(timer);
      sample();
      return peakBytes;
    },
  };
}
