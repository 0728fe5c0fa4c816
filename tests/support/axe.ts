/** Runs axe-core inside a Playwright page and turns its violations into readable lines. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page } from 'playwright-core';

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const require = createRequire(import.meta.url);
const axeSource = readFileSync(path.join(path.dirname(require.resolve('axe-core')), 'axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: string; summary: string }[];
}

// Kept as a string so no transpiler helper ends up inside the code that runs in the page.
const runAxeInPage = `async (tags) => {
  const results = await window.axe.run(document, {
    runOnly: { type: 'tag', values: tags },
    resultTypes: ['violations'],
  });
  return results.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact ?? null,
    help: violation.help,
    helpUrl: violation.helpUrl,
    nodes: violation.nodes.map((node) => ({
      target: node.target.map((part) => (Array.isArray(part) ? part.join(' >>> ') : part)).join(' '),
      summary: node.failureSummary ?? '',
    })),
  }));
}`;

export async function runAxe(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol: the site's Content Security Policy forbids inline scripts.
  await page.evaluate(axeSource);
  const run = await page.evaluateHandle<(tags: string[]) => Promise<AxeViolation[]>>(runAxeInPage);
  try {
    return await run.evaluate((fn, tags) => fn(tags), wcagTags);
  } finally {
    await run.dispose();
  }
}

/** "color-contrast (serious): Elements must meet … → .card > a: Fix any of the following: …" */
export function describeViolations(violations: readonly AxeViolation[]): string[] {
  return violations.map((violation) => {
    const nodes = violation.nodes
      .map((node) => `      ${node.target}${node.summary ? `: ${node.summary.replace(/\s*\n\s*/g, ' ')}` : ''}`)
      .join('\n');
    return `${violation.id} (${violation.impact ?? 'unknown impact'}): ${violation.help} <${violation.helpUrl}>\n${nodes}`;
  });
}
