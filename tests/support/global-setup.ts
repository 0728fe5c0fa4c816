/**
 * Vitest globalSetup of the "build" and "browser" projects: builds the site into dist/ once per
 * run. The unit project does not list this file, so `vitest run --project unit` never builds.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { runAstroBuild } from './astro-build.ts';
import { distDir, projectRoot } from '#scripts/support/paths.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Absolute path of the freshly built site. */
    distDir: string;
  }
}

// Each project loads this module separately, but both run in the main Vitest process:
// a promise kept on globalThis makes the second project reuse the first one's build.
const buildKey = Symbol.for('pmi-hub.tests.site-build');
type GlobalWithBuild = typeof globalThis & { [buildKey]?: Promise<void> };

async function buildSite(): Promise<void> {
  if (process.env['TEST_REUSE_DIST'] === '1' && existsSync(path.join(distDir, 'index.html'))) {
    process.stderr.write('[tests] TEST_REUSE_DIST=1: testing the existing dist/ without rebuilding\n');
    return;
  }
  process.stderr.write('[tests] building the site with `astro build` (once for this run)…\n');
  const result = await runAstroBuild(projectRoot);
  if (result.code !== 0) {
    // Show the whole log: the cause is usually a content or page error far above the last line.
    process.stderr.write(`\n----- astro build output -----\n${result.output}\n----- end of astro build output -----\n`);
    const why = result.timedOut ? 'timed out' : `exited with code ${String(result.code)}`;
    throw new Error(`astro build ${why}; its output is printed above. Last lines:\n${lastLines(result.output, 25)}`);
  }
  process.stderr.write(`[tests] site built in ${(result.durationMs / 1000).toFixed(1)} s\n`);
}

function lastLines(text: string, count: number): string {
  return text.trimEnd().split('\n').slice(-count).join('\n');
}

export default async function setup(project: TestProject): Promise<void> {
  const state = globalThis as GlobalWithBuild;
  state[buildKey] ??= buildSite();
  await state[buildKey];
  project.provide('distDir', distDir);
}
