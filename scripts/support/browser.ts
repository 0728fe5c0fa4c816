/**
 * Launches the system Chromium through playwright-core (which ships no browser of its own).
 * A missing browser is an error, never a skip: a green run must mean the pages were checked.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type LaunchOptions, type Page } from 'playwright-core';

export const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Playwright's launch() gives every browser a fresh temporary profile and deletes it on close.
 * `options` are added to the defaults (e.g. handleSIGINT: false for a script that ends its own children).
 */
export async function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium is needed for the browser tests but ${chromiumPath} does not exist. ` +
        'Install it with: apt-get update && apt-get install -y chromium ' +
        '(or point CHROMIUM_PATH at another Chromium binary).',
    );
  }
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
    timeout: 60_000,
    ...options,
  });
}

/**
 * Records console errors, uncaught exceptions and failed requests of a page, so a test can
 * fail on them after its own checks. Returns a function that reads what was recorded so far.
 */
export function recordPageErrors(page: Page): () => string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url, lineNumber } = message.location();
    errors.push(`console error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught exception: ${error.message}`));
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? 'unknown error';
    // Requests cut short by a navigation (e.g. after clicking a link) are not the page's fault.
    if (reason === 'net::ERR_ABORTED') return;
    errors.push(`request failed: ${request.url()} (${reason})`);
  });
  return () => [...errors];
}
