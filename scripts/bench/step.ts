/**
 * Runs one step of the benchmark (a build, the index) as a child process and measures its wall
 * time and the peak memory of its whole process tree. Every child started here is remembered
 * by PID, so an interrupted benchmark can end them and all their descendants.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { isAlive, startRssSampler, treePids, type RssSampler } from './proc-tree.ts';

export interface StepSpec {
  /** Shown in progress lines and errors, e.g. "build 1/3". */
  name: string;
  command: string;
  args: readonly string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** stdout and stderr of the step go here. */
  logFile: string;
  /** Called about every `tickMs` while the step runs, with the time since it started. */
  onTick?: (elapsedMs: number) => void;
  tickMs?: number;
  sampleMs?: number;
}

export interface StepResult {
  name: string;
  /** Command line, for the JSON record. */
  command: string[];
  wallMs: number;
  /** Highest sampled sum of VmRSS over the step's process tree. */
  peakRssBytes: number;
  rssSamples: number;
  logFile: string;
}

export class StepFailedError extends Error {
  override name = 'StepFailedError';
}

/** The children running now, with their samplers (which know the PIDs of the whole tree). */
const running = new Map<number, RssSampler>();

function signalAll(pids: Iterable<number>, signal: NodeJS.Signals): void {
  for (const pid of pids) {
    try {
      process.kill(pid, signal);
    } catch {
      // Already gone.
    }
  }
}

/** Every running child and its descendants, deepest first, as known now. */
function runningTrees(): number[] {
  const pids = new Set<number>();
  for (const [root, sampler] of running) {
    for (const pid of [...sampler.lastPids, ...treePids(root)]) pids.add(pid);
  }
  return [...pids].reverse();
}

/** Every descendant of this process (whoever started it: a step, the browser), deepest first. */
function ownDescendants(): number[] {
  return treePids(process.pid)
    .filter((pid) => pid !== process.pid)
    .reverse();
}

/**
 * Ends every child started by runStep and its descendants: SIGTERM, then SIGKILL for those
 * still alive after `graceMs`. Safe to call more than once.
 */
export async function killRunningSteps(graceMs = 2000): Promise<void> {
  await endProcesses(runningTrees(), graceMs);
}

/** Ends every process this one started, directly or not, by PID: for Ctrl-C, after the steps. */
export async function killAllDescendants(graceMs = 2000): Promise<void> {
  await endProcesses(ownDescendants(), graceMs);
}

async function endProcesses(pids: readonly number[], graceMs: number): Promise<void> {
  if (pids.length === 0) return;
  signalAll(pids, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline && pids.some(isAlive)) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const left = pids.filter(isAlive);
  signalAll(left, 'SIGKILL');
  // SIGKILL cannot be ignored; give the kernel a moment to end them.
  for (let wait = 0; wait < 20 && left.some(isAlive); wait += 1) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The synchronous last resort, for process.on('exit'), where nothing asynchronous runs any more. */
export function killAllDescendantsNow(): void {
  signalAll(new Set([...runningTrees(), ...ownDescendants()]), 'SIGKILL');
}

function lastLines(file: string, count: number): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-count).join('\n');
  } catch {
    return '(no output)';
  }
}

export function runStep(spec: StepSpec): Promise<StepResult> {
  const started = performance.now();
  const log = createWriteStream(spec.logFile);
  const child = spawn(spec.command, [...spec.args], {
    cwd: spec.cwd,
    env: spec.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });

  return new Promise<StepResult>((resolve, reject) => {
    if (child.pid === undefined) {
      child.once('error', (error) => reject(new StepFailedError(`${spec.name}: could not start: ${error.message}`)));
      return;
    }
    const pid = child.pid;
    const sampler = startRssSampler(pid, spec.sampleMs ?? 100);
    running.set(pid, sampler);
    const ticker = spec.onTick
      ? setInterval(() => spec.onTick?.(performance.now() - started), spec.tickMs ?? 1000)
      : undefined;

    // The step ends when its process exits; 'close' comes later, once its output is read.
    let exitedAt: number | undefined;
    child.once('exit', () => {
      exitedAt = performance.now();
    });
    const finish = (error: Error | undefined) => {
      const wallMs = (exitedAt ?? performance.now()) - started;
      clearInterval(ticker);
      const peakRssBytes = sampler.stop();
      running.delete(pid);
      log.end(() => {
        if (error) {
          reject(error);
          return;
        }
        resolve({
          name: spec.name,
          command: [spec.command, ...spec.args],
          wallMs,
          peakRssBytes,
          rssSamples: sampler.samples,
          logFile: spec.logFile,
        });
      });
    };

    child.once('error', (error) => finish(new StepFailedError(`${spec.name}: ${error.message}`)));
    child.once('close', (code, signal) => {
      if (code === 0) {
        finish(undefined);
        return;
      }
      const how = signal ? `was ended by ${signal}` : `exited with code ${String(code)}`;
      finish(
        new StepFailedError(
          `${spec.name} ${how}. Its output is in ${spec.logFile}; the last lines:\n${lastLines(spec.logFile, 30)}`,
        ),
      );
    });
  });
}
