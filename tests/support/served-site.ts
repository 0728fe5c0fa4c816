/**
 * Vitest hooks shared by the browser tests: serve the built site and start one Chromium for
 * the whole test file. If either cannot start, every test that uses them fails with the reason
 * (Vitest would only mark the tests "skipped" if beforeAll itself threw).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchBrowser } from '#scripts/support/browser.ts';
import { startStaticServer, type StaticServer } from '#scripts/support/static-server.ts';

export interface ServedSite {
  /** Base URL of the static server, without trailing slash. */
  readonly url: string;
  readonly browser: Browser;
}

export function useServedSite(): ServedSite {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  let startError: unknown;

  beforeAll(async () => {
    try {
      server = await startStaticServer(inject('distDir'));
      browser = await launchBrowser();
    } catch (error) {
      startError = error;
    }
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const started = <T>(value: T | undefined): T => {
    if (startError !== undefined) throw startError;
    if (value === undefined) throw new Error('the static server and browser are only available inside tests');
    return value;
  };
  return {
    get url() {
      return started(server).url;
    },
    get browser() {
      return started(browser);
    },
  };
}
