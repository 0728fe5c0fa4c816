/**
 * Four test projects:
 * - unit: fast tests next to the code (src/**, scripts/**) and of the lint boundaries (tests/lint/), no build;
 * - content: the content check on the bad-content corpus and the scaffolder (tests/content-check/), no build;
 * - build: checks the built site as files and that broken content fails the build;
 * - browser: drives Chromium over the built site (accessibility, keyboard, language switch).
 * build and browser share one `astro build` per run (tests/support/global-setup.ts).
 */
import { defineConfig } from 'vitest/config';

const buildSiteOnce = './tests/support/global-setup.ts';

export default defineConfig({
  test: {
    reporters: ['default', './tests/support/project-reporter.ts'],
    // Coverage of the code that runs in the unit and content projects (npm run test:coverage);
    // the thresholds sit at the current level, so coverage cannot silently drop.
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts', 'scripts/**/*.ts'],
      exclude: ['**/*.test.ts', 'src/**/browser/**', 'src/**/browser.ts', 'src/pages/**'],
      reporter: ['text-summary'],
      // Measured on 2026-12-06: 69.97 % statements, 62.76 % branches, 74.37 % functions, 70.39 % lines.
      thresholds: { statements: 69, branches: 62, functions: 74, lines: 70 },
    },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/lint/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          // The content check against the bad-content corpus and the scaffolder: plain files, no build.
          name: 'content',
          include: ['tests/content-check/**/*.test.ts'],
          environment: 'node',
          // The scaffolder and CLI tests start Node processes, slow on a busy machine.
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          environment: 'node',
          globalSetup: [buildSiteOnce],
          // content-errors runs whole Astro builds of broken copies of the site.
          testTimeout: 5 * 60_000,
          hookTimeout: 5 * 60_000,
          // After the unit tests and before the browser: the two cores go to one heavy job at a time.
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: [buildSiteOnce],
          testTimeout: 2 * 60_000,
          hookTimeout: 2 * 60_000,
          // One Chromium at a time: the machines have two cores.
          fileParallelism: false,
          maxWorkers: 1,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
