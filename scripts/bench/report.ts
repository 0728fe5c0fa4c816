/**
 * The benchmark's results: every raw sample (written as JSON), their medians, the targets with
 * pass/fail, and the table printed at the end.
 */
import { MERGED_RESULTS, type MeasureKind, type SearchSample } from './browser.ts';
import type { RebuiltBundle } from './index-log.ts';
import type { SiteSizes } from './sizes.ts';
import { summarize, summarizeDefined, type Summary } from './stats.ts';
import type { StepResult } from './step.ts';
import {
  formatBytes,
  formatCount,
  formatDuration,
  formatRange,
  formatTable,
  verdict,
  type TableRow,
  type TableSection,
  type Verdict,
} from './table.ts';

export interface BuildRun {
  run: number;
  build: StepResult;
  index: StepResult;
  /** HTML files the build wrote. */
  htmlFiles: number;
  pagesPerSecond: number;
}

export interface Rebuild {
  build: StepResult & { htmlFiles: number; pagesPerSecond: number };
  index: StepResult;
  /** Paths astro build took from its incremental cache instead of rendering them. */
  reusedPages: number;
  /** Every path the build generated or reused (pages, data files, calendars). */
  paths?: number;
  /** Search bundles copied from the last build. */
  reusedBundles: string[];
  /** Search bundles built again, with their time and the files that changed. */
  rebuiltBundles?: RebuiltBundle[];
  /** The build was not run: its inputs and the site folder were the last build's. */
  buildSkipped?: boolean;
}

export interface Rebuilds {
  unchanged: Rebuild;
  /** After one company's name changed in the directory's rows. */
  oneChanged?: Rebuild;
}

export interface BrowserMeasure {
  samples: SearchSample[];
  /** Why the measure could not run on this site (e.g. no directory search page). */
  unavailable?: string;
  /** Why the measure failed (e.g. a query without results); the benchmark then exits with an error. */
  error?: string;
}

export interface BenchResults {
  version: 1;
  startedAt: string;
  finishedAt: string;
  options: {
    companies: number;
    runs: number;
    browserRuns: number;
    seed: string | undefined;
    site: string | undefined;
  };
  machine: { cpus: number; memoryBytes: number; node: string; platform: string };
  corpus?: { companies: number; generateMs: number; word: string; fromCorpus: boolean; sector: string };
  hubWord: string;
  relaxedPhrase: string;
  directoryWord: string;
  filters: Record<string, string>;
  runs: BuildRun[];
  /** Build and index again with the last cold run's cache: nothing changed, then one company. */
  rebuilds?: Rebuilds;
  sizes?: SiteSizes;
  browser: Record<MeasureKind, BrowserMeasure>;
  summary: BenchSummary;
  targets: TargetResult[];
  notes: string[];
}

export interface SearchSummary {
  ms: Summary;
  /** hub, directory: from the first keystroke. */
  sinceTypingMs?: Summary;
  searchBytes: Summary;
  totalBytes: Summary;
  queryBytes: Summary;
}

export interface BenchSummary {
  buildMs?: Summary;
  indexMs?: Summary;
  buildAndIndexMs?: Summary;
  buildPeakRssBytes?: Summary;
  indexPeakRssBytes?: Summary;
  pagesPerSecond?: Summary;
  /** Build + index of each rebuild (one run each). */
  rebuildUnchangedMs?: Summary;
  rebuildOneChangedMs?: Summary;
  rebuildPeakRssBytes?: Summary;
  search: Partial<Record<MeasureKind, SearchSummary>>;
}

const rebuildMs = (rebuild: Rebuild | undefined) =>
  rebuild === undefined ? undefined : rebuild.build.wallMs + rebuild.index.wallMs;

export function summarizeRuns(
  runs: readonly BuildRun[],
  browser: BenchResults['browser'],
  rebuilds?: Rebuilds,
): BenchSummary {
  const search: BenchSummary['search'] = {};
  for (const [kind, measure] of Object.entries(browser) as [MeasureKind, BrowserMeasure][]) {
    const samples = measure.samples;
    if (samples.length === 0) continue;
    const sinceTypingMs = summarizeDefined(samples.map((sample) => sample.sinceTypingMs));
    search[kind] = {
      ms: summarize(samples.map((sample) => sample.ms)),
      ...(sinceTypingMs ? { sinceTypingMs } : {}),
      searchBytes: summarize(samples.map((sample) => sample.search.bytes)),
      totalBytes: summarize(samples.map((sample) => sample.total.bytes)),
      queryBytes: summarize(samples.map((sample) => sample.query.bytes)),
    };
  }
  const of = (pick: (run: BuildRun) => number) => summarizeDefined(runs.map(pick));
  return {
    ...definedEntries({
      buildMs: of((run) => run.build.wallMs),
      indexMs: of((run) => run.index.wallMs),
      buildAndIndexMs: of((run) => run.build.wallMs + run.index.wallMs),
      buildPeakRssBytes: of((run) => run.build.peakRssBytes),
      indexPeakRssBytes: of((run) => run.index.peakRssBytes),
      pagesPerSecond: of((run) => run.pagesPerSecond),
      rebuildUnchangedMs: summarizeDefined([rebuildMs(rebuilds?.unchanged)]),
      rebuildOneChangedMs: summarizeDefined([rebuildMs(rebuilds?.oneChanged)]),
      rebuildPeakRssBytes: summarizeDefined(
        [rebuilds?.unchanged, rebuilds?.oneChanged].flatMap((rebuild) =>
          rebuild ? [Math.max(rebuild.build.peakRssBytes, rebuild.index.peakRssBytes)] : [],
        ),
      ),
    }),
    search,
  };
}

/** Drops the undefined entries, for exactOptionalPropertyTypes. */
function definedEntries<T extends object>(value: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}

export interface Target {
  id: string;
  label: string;
  /** The limit, in the measure's unit (ms or bytes). */
  limit: number;
  unit: 'ms' | 'bytes';
  /** The figure judged: a median, or the only value. */
  value: (summary: BenchSummary, sizes: SiteSizes | undefined) => number | undefined;
}

export interface TargetResult {
  id: string;
  label: string;
  limit: number;
  unit: 'ms' | 'bytes';
  value: number | undefined;
  verdict: Verdict;
}

/** The targets, judged on medians. Decimal units: 1 GB = 10⁹ bytes, 1 kB = 1,000 bytes. */
export const targets: readonly Target[] = [
  {
    id: 'build-and-index',
    label: 'build + index',
    limit: 62_000,
    unit: 'ms',
    value: (summary) => summary.buildAndIndexMs?.median,
  },
  {
    id: 'peak-rss-build',
    label: 'peak RSS, build',
    limit: 1e9,
    unit: 'bytes',
    value: (summary) => summary.buildPeakRssBytes?.median,
  },
  {
    id: 'peak-rss-index',
    label: 'peak RSS, index',
    limit: 2e9,
    unit: 'bytes',
    value: (summary) => summary.indexPeakRssBytes?.median,
  },
  {
    id: 'rebuild-unchanged',
    label: 'rebuild, nothing changed',
    limit: 10_000,
    unit: 'ms',
    value: (summary) => summary.rebuildUnchangedMs?.median,
  },
  {
    id: 'rebuild-one-changed',
    label: 'rebuild, one company changed',
    limit: 15_000,
    unit: 'ms',
    value: (summary) => summary.rebuildOneChangedMs?.median,
  },
  { id: 'dist-size', label: 'dist size', limit: 1e9, unit: 'bytes', value: (_summary, sizes) => sizes?.total.bytes },
  {
    id: 'hub-first-query-bytes',
    label: 'hub first query, search bytes',
    limit: 150_000,
    unit: 'bytes',
    value: (summary) => summary.search.hub?.searchBytes.median,
  },
  {
    id: 'directory-first-query-bytes',
    label: 'directory first query, search bytes',
    limit: 150_000,
    unit: 'bytes',
    value: (summary) => summary.search.directory?.searchBytes.median,
  },
  {
    id: 'hub-first-results-ms',
    label: 'hub first results',
    limit: 300,
    unit: 'ms',
    value: (summary) => summary.search.hub?.ms.median,
  },
  {
    id: 'relaxed-first-results-ms',
    label: 'hub relaxed query, first results',
    limit: 600,
    unit: 'ms',
    value: (summary) => summary.search.relaxed?.ms.median,
  },
  {
    id: 'directory-first-results-ms',
    label: 'directory first results',
    limit: 300,
    unit: 'ms',
    value: (summary) => summary.search.directory?.ms.median,
  },
];

export function judgeTargets(summary: BenchSummary, sizes: SiteSizes | undefined): TargetResult[] {
  return targets.map((target) => {
    const value = target.value(summary, sizes);
    return {
      id: target.id,
      label: target.label,
      limit: target.limit,
      unit: target.unit,
      value,
      verdict: verdict(value, target.limit),
    };
  });
}

function formatLimit(result: Pick<TargetResult, 'limit' | 'unit'>): string {
  if (result.unit === 'bytes') return `≤ ${formatBytes(result.limit)}`;
  return result.limit >= 1000 ? `≤ ${result.limit / 1000} s` : `≤ ${result.limit} ms`;
}

function targetCells(results: readonly TargetResult[], id: string): Pick<TableRow, 'target' | 'verdict'> {
  const result = results.find((candidate) => candidate.id === id);
  return result ? { target: formatLimit(result), verdict: result.verdict } : {};
}

function summaryRow(
  label: string,
  summary: Summary | undefined,
  format: (value: number) => string,
  extra: Partial<TableRow> = {},
): TableRow {
  if (!summary) return { label, value: 'n/a', ...extra };
  const range = formatRange(summary, format);
  return { label, value: format(summary.median), ...(range === undefined ? {} : { range }), ...extra };
}

const folder = (size: { bytes: number; files: number } | undefined) =>
  size ? `${formatBytes(size.bytes)}, ${formatCount(size.files)} files` : 'none';

function buildSection(results: BenchResults): TableSection {
  const { summary, targets: judged } = results;
  if (results.runs.length === 0) return { title: '', rows: [] };
  const rows: TableRow[] = [
    summaryRow('build, cold (astro build)', summary.buildMs, formatDuration),
    summaryRow('index (Pagefind + service worker)', summary.indexMs, formatDuration),
    summaryRow('build + index', summary.buildAndIndexMs, formatDuration, targetCells(judged, 'build-and-index')),
    summaryRow('peak RSS, build (process tree)', summary.buildPeakRssBytes, formatBytes, {
      ...targetCells(judged, 'peak-rss-build'),
    }),
    summaryRow('peak RSS, index (process tree)', summary.indexPeakRssBytes, formatBytes, {
      ...targetCells(judged, 'peak-rss-index'),
    }),
    summaryRow('pages per second (HTML files / build)', summary.pagesPerSecond, (value) => value.toFixed(0)),
  ];
  const cold = summary.buildAndIndexMs?.median;
  const rebuildRow = (label: string, rebuild: Rebuild | undefined, target: string) => {
    if (!rebuild) return;
    const total = rebuild.build.wallMs + rebuild.index.wallMs;
    const ratio = cold === undefined ? '' : `, ${((total / cold) * 100).toFixed(0)} % of the cold build`;
    const bundles = rebuild.reusedBundles.length > 0 ? rebuild.reusedBundles.join(' and ') : 'no';
    const bundlesReused = `${bundles} search bundle${rebuild.reusedBundles.length > 1 ? 's' : ''} reused`;
    const rebuilt = (rebuild.rebuiltBundles ?? []).map(
      ({ name, seconds, written, files }) =>
        `; ${name} rebuilt in ${formatDuration(seconds * 1000)} (${formatCount(written)} of ${formatCount(files)} files written)`,
    );
    const reused =
      (rebuild.buildSkipped
        ? `the build not run (nothing to build, every file kept); ${bundlesReused}`
        : `${formatCount(rebuild.reusedPages)} of ${formatCount(rebuild.paths ?? rebuild.build.htmlFiles)} paths and ${bundlesReused}`) +
      rebuilt.join('');
    rows.push({ label, value: formatDuration(total), ...targetCells(judged, target) });
    rows.push({
      label: '  of which',
      value:
        `build ${formatDuration(rebuild.build.wallMs)}, index ${formatDuration(rebuild.index.wallMs)}${ratio}; ` +
        reused,
      wide: true,
    });
  };
  rebuildRow('rebuild, nothing changed: build + index', results.rebuilds?.unchanged, 'rebuild-unchanged');
  rebuildRow('rebuild, one company changed: build + index', results.rebuilds?.oneChanged, 'rebuild-one-changed');
  if (summary.rebuildPeakRssBytes) {
    rows.push(summaryRow('peak RSS, rebuilds', summary.rebuildPeakRssBytes, formatBytes));
  }
  const runs = results.runs.length;
  return { title: `Build (${runs} cold run${runs === 1 ? '' : 's'})`, rows };
}

function sizeSection(results: BenchResults): TableSection {
  const sizes = results.sizes;
  if (!sizes) return { title: '', rows: [] };
  const largest = sizes.largestHtml;
  return {
    title: 'Site',
    rows: [
      { label: 'dist', value: folder(sizes.total), ...targetCells(results.targets, 'dist-size') },
      { label: 'HTML pages', value: folder(sizes.html) },
      {
        label: 'largest HTML file',
        value: largest ? `${formatBytes(largest.bytes)} ${largest.path}` : 'none',
        wide: true,
      },
      {
        label: 'HTML pages over 100 kB (report exempt)',
        value:
          sizes.overBudget.count === 0
            ? 'none'
            : `${formatCount(sizes.overBudget.count)} (${sizes.overBudget.examples.join(', ')}…)`,
        wide: true,
      },
      { label: 'hub index (pagefind/)', value: folder(sizes.hubIndex) },
      { label: 'directory index (pagefind-directory/)', value: folder(sizes.directoryIndex) },
    ],
  };
}

function searchRows(
  results: BenchResults,
  kind: MeasureKind,
  rows: { ms: string; msTarget?: string; bytesTarget?: string; query: string },
): TableRow[] {
  const measure = results.browser[kind];
  const summary = results.summary.search[kind];
  if (!summary) {
    const target = rows.msTarget ? targetCells(results.targets, rows.msTarget) : {};
    return [{ label: rows.ms, value: 'not measured', ...target }];
  }
  return [
    summaryRow(rows.ms, summary.ms, formatDuration, rows.msTarget ? targetCells(results.targets, rows.msTarget) : {}),
    ...(summary.sinceTypingMs ? [summaryRow('typing → first result', summary.sinceTypingMs, formatDuration)] : []),
    summaryRow(
      'search bytes (/pagefind*/)',
      summary.searchBytes,
      formatBytes,
      rows.bytesTarget ? targetCells(results.targets, rows.bytesTarget) : {},
    ),
    summaryRow(rows.query, summary.queryBytes, formatBytes),
    summaryRow('all bytes since page load', summary.totalBytes, formatBytes),
    ...(measure.samples[0]?.status ? [{ label: 'status line', value: measure.samples[0].status, wide: true }] : []),
  ];
}

function browserSections(results: BenchResults): TableSection[] {
  const runs = Math.max(0, ...Object.values(results.browser).map((measure) => measure.samples.length));
  const suffix = `${runs} fresh context${runs === 1 ? '' : 's'} each`;
  const filters = new URLSearchParams({ q: results.directoryWord, ...results.filters }).toString();
  return [
    {
      title: `Hub search, first query "${results.hubWord}" (${suffix})`,
      rows: searchRows(results, 'hub', {
        ms: 'Enter → first result',
        msTarget: 'hub-first-results-ms',
        bytesTarget: 'hub-first-query-bytes',
        query: 'bytes after typing',
      }),
    },
    {
      title: `Hub search, a phrase answered by some of its words: "${results.relaxedPhrase}"`,
      rows: searchRows(results, 'relaxed', {
        ms: 'Enter → first result',
        msTarget: 'relaxed-first-results-ms',
        query: 'bytes after typing',
      }),
    },
    {
      title: `Directory search, first query "${results.directoryWord}"`,
      rows: searchRows(results, 'directory', {
        ms: 'Enter → first result',
        msTarget: 'directory-first-results-ms',
        bytesTarget: 'directory-first-query-bytes',
        query: 'bytes after typing',
      }),
    },
    {
      title: `Directory search opened filtered (?${filters})`,
      rows: searchRows(results, 'filtered', {
        ms: 'navigation → first result',
        query: 'bytes (the page is the query)',
      }),
    },
    {
      title: `Hub search merged with the directory index (mergeIndex, first ${MERGED_RESULTS} results' data)`,
      rows: searchRows(results, 'merged', { ms: 'import → 5 results loaded', query: 'bytes of the merge and search' }),
    },
  ];
}

export function renderReport(results: BenchResults): string {
  const corpus = results.corpus
    ? `${formatCount(results.corpus.companies)} companies`
    : `existing site ${results.options.site ?? ''}`;
  const heading =
    `PMI Network Knowledge Hub benchmark: ${corpus}, ` +
    `${results.machine.cpus} CPUs, ${formatBytes(results.machine.memoryBytes)} RAM, Node ${results.machine.node}`;
  const sections = [buildSection(results), sizeSection(results), ...browserSections(results)];
  const unavailable = Object.entries(results.browser).flatMap(([kind, measure]) => {
    const failedRequests = measure.samples.flatMap((sample) => sample.responses.filter((item) => item.failure));
    return [
      ...(measure.unavailable ? [`${kind}: not measured, ${measure.unavailable}`] : []),
      ...(measure.error ? [`${kind}: FAILED, ${measure.error}`] : []),
      ...(failedRequests.length > 0
        ? [
            `${kind}: ${failedRequests.length} requests failed, e.g. ${failedRequests[0]!.path} (${failedRequests[0]!.failure})`,
          ]
        : []),
    ];
  });
  const failed = results.targets.filter((target) => target.verdict === 'FAIL').length;
  const judged = results.targets.filter((target) => target.verdict !== 'n/a').length;
  const footer = [
    ...unavailable,
    ...results.notes,
    `Targets: ${judged - failed} of ${judged} met${failed > 0 ? `, ${failed} missed` : ''} (judged on medians).`,
  ];
  return `${heading}\n\n${formatTable(sections)}\n\n${footer.join('\n')}\n`;
}
