/**
 * npm run bench — the site at company-directory scale: generates a directory of N companies,
 * builds and indexes the site (cold, several runs), rebuilds it with nothing changed and then with
 * one company renamed (reusing the last build's pages and search indexes), measures
 * its files and, in headless Chromium, what the first searches cost in time and bytes.
 *
 *   npm run bench                                   60,446 companies (Lecco + Ticino), 1 run
 *   npm run bench -- --companies 10k                3 runs
 *   npm run bench -- --companies 1000 --json bench.json --keep
 *   npm run bench -- --site dist                    only sizes and search of an already built site
 *   npm run bench -- --registers                    only the import of 50,000 Zefix records, 3 runs
 *
 * Progress goes to stderr, the table to stdout. Every child process is ended on exit or Ctrl-C,
 * and the temporary folder is removed unless --keep.
 */
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseBenchArgs, usage, UsageError } from '#scripts/bench/args.ts';
import { Progress } from '#scripts/bench/progress.ts';
import { renderReport } from '#scripts/bench/report.ts';
import { renderImportReport, runImportBenchmark } from '#scripts/bench/registers.ts';
import { projectInterfaces, runBenchmark } from '#scripts/bench/run.ts';
import { killAllDescendants, killAllDescendantsNow, killRunningSteps } from '#scripts/bench/step.ts';

const progress = new Progress();
const resources: (() => Promise<void>)[] = [];
let workDir: string | undefined;
let keep = false;

/** Gives up on a promise that takes longer than `ms` (a browser that does not close). */
function within(ms: number, promise: Promise<unknown>): Promise<unknown> {
  return Promise.race([promise.catch(() => undefined), new Promise((resolve) => setTimeout(resolve, ms).unref())]);
}

/**
 * Ends the children (steps by PID, then anything else this process started, the browser
 * included), closes the server, removes the temporary folder (keeping the logs of a failed run).
 */
async function cleanUp(failed: boolean): Promise<void> {
  progress.stop();
  await killRunningSteps();
  for (const close of resources.splice(0).reverse()) await within(5000, close());
  await killAllDescendants();
  if (!workDir) return;
  if (keep) {
    process.stderr.write(`Kept ${workDir}\n`);
  } else if (failed && (await readdir(path.join(workDir, 'logs')).catch(() => [])).length > 0) {
    for (const entry of await readdir(workDir)) {
      if (entry !== 'logs') await rm(path.join(workDir, entry), { recursive: true, force: true });
    }
    process.stderr.write(`The logs of the steps are kept in ${path.join(workDir, 'logs')}\n`);
  } else {
    await rm(workDir, { recursive: true, force: true });
  }
}

let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    // The steps still running wind down with errors nobody needs to read.
    progress.mute();
    process.stderr.write(`\n${signal}: stopping the benchmark and its child processes…\n`);
    void cleanUp(false).finally(() => process.exit(130));
  });
}
// Last resort if the process ends some other way: nothing asynchronous runs in 'exit'.
process.on('exit', killAllDescendantsNow);

/** npm runs scripts in the project folder; paths on the command line are relative to where npm was started. */
const callerDir = process.env['INIT_CWD'] ?? process.cwd();

async function main(): Promise<void> {
  const parsed = parseBenchArgs(process.argv.slice(2));
  if (parsed.help) {
    process.stdout.write(usage);
    return;
  }
  const options = {
    ...parsed,
    json: parsed.json && path.resolve(callerDir, parsed.json),
    site: parsed.site && path.resolve(callerDir, parsed.site),
  };
  keep = options.keep;
  workDir = await mkdtemp(path.join(os.tmpdir(), 'pmi-hub-bench-'));
  await mkdir(path.join(workDir, 'logs'));
  let failed = true;
  if (options.registers) {
    try {
      const results = await runImportBenchmark({
        root: projectInterfaces().root,
        records: options.records,
        runs: options.runs,
        workDir,
        progress,
      });
      if (interrupted) return;
      process.stdout.write(`\n${renderImportReport(results)}`);
      if (options.json) {
        await writeFile(options.json, `${JSON.stringify(results, null, 2)}\n`);
        process.stdout.write(`Results written to ${options.json}\n`);
      }
      failed = false;
    } finally {
      if (!interrupted) await cleanUp(failed);
    }
    return;
  }
  try {
    const results = await runBenchmark({
      options,
      interfaces: projectInterfaces(),
      progress,
      workDir,
      onResource: (close) => resources.push(close),
    });
    if (interrupted) return;
    process.stdout.write(`\n${renderReport(results)}`);
    if (options.json) {
      await writeFile(options.json, `${JSON.stringify(results, null, 2)}\n`);
      process.stdout.write(`Results written to ${options.json}\n`);
    }
    failed = Object.values(results.browser).some((measure) => measure.error !== undefined);
    if (failed) process.exitCode = 1;
  } finally {
    if (!interrupted) await cleanUp(failed);
  }
}

main().catch((error: unknown) => {
  if (interrupted) return;
  progress.stop();
  if (error instanceof UsageError) {
    process.stderr.write(`${error.message}\n\n${usage}`);
    process.exitCode = 2;
    return;
  }
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
