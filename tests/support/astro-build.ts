/**
 * Runs `astro build` in a child process. Shared by the global setup (the real site) and the
 * content-error tests (broken copies of it).
 */
import { spawn } from 'node:child_process';
import { npmScriptCommand } from '#scripts/support/npm-script.ts';
import { projectRoot } from '#scripts/support/paths.ts';

/**
 * The build date of the test site: pinned, so the same commit builds the same pages on any day.
 * 6 December 2026 is inside the 90 days before the Swiss patent reform of 1 January 2027, so the
 * pages show the regime in force and the coming one; a second build in tests/build/facts.test.ts
 * looks at the other side of the switch.
 */
export const TEST_BUILD_DATE = '2026-12-06';

export interface BuildResult {
  /** Exit code, or null when the process was killed (timeout or signal). */
  code: number | null;
  /** stdout and stderr interleaved as they arrived, without colour codes. */
  output: string;
  timedOut: boolean;
  durationMs: number;
}

const ANSI_ESCAPE = /\u001b\[[0-9;]*[A-Za-z]/g;

export function stripAnsi(text: string): string {
  return text.replace(ANSI_ESCAPE, '');
}

/**
 * Builds the site in `cwd`. process.execPath is the Node that runs the tests (Node 24 when
 * started through npm), which astro requires; the system Node may be older.
 */
export function runAstroBuild(
  cwd: string,
  { timeoutMs = 10 * 60_000, env = {} }: { timeoutMs?: number; env?: Readonly<Record<string, string>> } = {},
): Promise<BuildResult> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    // The command of `npm run build` (Astro's CLI through scripts/astro.ts, with its Node flags).
    const [command, ...args] = npmScriptCommand(projectRoot, 'build');
    const child = spawn(command, args, {
      cwd,
      // Vitest sets NODE_ENV=test; the site under test must be the production build that ships.
      env: {
        ...process.env,
        NODE_ENV: 'production',
        NO_COLOR: '1',
        FORCE_COLOR: '0',
        ASTRO_TELEMETRY_DISABLED: '1',
        // The day the site is built "as of": it chooses each fact's current value (content/facts/).
        PMI_BUILD_DATE: TEST_BUILD_DATE,
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const chunks: string[] = [];
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => chunks.push(chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => chunks.push(chunk));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output: stripAnsi(chunks.join('')), timedOut, durationMs: Date.now() - started });
    });
  });
}
