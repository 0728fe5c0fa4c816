/**
 * The content check: every file in content/ against the same schemas and cross-entry rules as
 * the build, plus what only a careful editor would notice (placeholders left in, images that are
 * missing or too heavy, links to the other language, unsafe MDX). It reads files only: no Astro,
 * no build, so it runs in well under a second on the launch content. Every problem names its file,
 * its line where there is one, the field and what was expected.
 *
 * The content is read once (./load-context.ts); then every rule of ./rules/index.ts runs on it,
 * each on its own, so one run reports every problem. `npm run check:content` prints the result;
 * the Astro integration in ./astro-integration.ts runs it before every build, so a build never
 * passes what the check refuses.
 */
import type { FactEntry } from '#features/facts/index.ts';
import { inventory, taxonomyUsage, type InventoryEntry, type TaxonomyUsage } from './inventory.ts';
import { loadContext } from './load-context.ts';
import { sortProblems, type Problem } from './problem.ts';
import { contentLayout } from './rules/content-layout.ts';
import { rules } from './rules/index.ts';

export type { InventoryEntry, TaxonomyUsage } from './inventory.ts';

export interface CheckOptions {
  /** Project root: the folder that holds content/. */
  root: string;
  /** "Today", for future dates and stale reviews; tests pin it. */
  now?: Date;
  /** Facts past their review date are errors, not warnings (the scheduled freshness job). */
  strictFreshness?: boolean;
  /**
   * Problems that only the passing of a day creates (a request past its expiry still marked active)
   * are warnings, not errors. For the build: it already hides such entries by its date, and a
   * nightly rebuild must not stop publishing (a fee that changes on 1 January) until an editor acts.
   */
  lapsedAsWarnings?: boolean;
}

export interface ContentCheckResult {
  errors: Problem[];
  warnings: Problem[];
  /** Content files read (drafts excluded). */
  fileCount: number;
  /** Files starting with "_": drafts, not on the site and not checked. */
  drafts: string[];
  entries: InventoryEntry[];
  taxonomies: TaxonomyUsage[];
  /** The facts, soonest review first (empty when none could be read). */
  facts: FactEntry[];
  durationMs: number;
}

export function checkContent({
  root,
  now = new Date(),
  strictFreshness = false,
  lapsedAsWarnings = false,
}: CheckOptions): ContentCheckResult {
  const started = performance.now();
  const context = loadContext({ root, now, strictFreshness, lapsedAsWarnings });
  if (!context) {
    const missing: Problem = {
      severity: 'error',
      file: 'content/',
      detail: contentLayout.messages.contentFolderMissing(),
      rule: contentLayout.id,
    };
    return {
      errors: [missing],
      warnings: [],
      fileCount: 0,
      drafts: [],
      entries: [],
      taxonomies: [],
      facts: [],
      durationMs: performance.now() - started,
    };
  }
  const problems: Problem[] = [];
  for (const rule of rules) {
    rule.check(context, (severity, file, line, detail) =>
      problems.push({ severity, file, line, detail, rule: rule.id }),
    );
  }
  const sorted = sortProblems(problems);
  return {
    errors: sorted.filter((problem) => problem.severity === 'error'),
    warnings: sorted.filter((problem) => problem.severity === 'warning'),
    fileCount: context.fileCount,
    drafts: [...context.drafts],
    entries: inventory(context.entries),
    taxonomies: taxonomyUsage(context.entries, context.vocabularies.vocabulary),
    facts: context.facts.byReviewDate,
    durationMs: performance.now() - started,
  };
}
