/**
 * The benchmark from start to end: generate the directory corpus, build and index the site
 * (cold, --runs times), rebuild it warm, measure its files and its search in Chromium.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { parse, stringify } from 'yaml';
import { runImport, SOURCES_FILE } from '#features/registers/index.ts';
import { launchBrowser } from '#scripts/support/browser.ts';
import { npmScriptCommand } from '#scripts/support/npm-script.ts';
import { projectRoot } from '#scripts/support/paths.ts';
import { startStaticServer, type StaticServer } from '#scripts/support/static-server.ts';
import type { BenchOptions } from './args.ts';
import { DIRECTORY_SEARCH_PATH, measure, MeasureUnavailable, type BrowserPlan, type MeasureKind } from './browser.ts';
import { chooseQuery, FALLBACK_WORD, PREFERRED_SECTOR, readCorpus, type CorpusQuery } from './corpus.ts';
import { formatElapsed, type Progress } from './progress.ts';
import { renameOneCompany } from './change.ts';
import { rebuiltBundles, reusedBundles } from './index-log.ts';
import {
  judgeTargets,
  summarizeRuns,
  type BenchResults,
  type BrowserMeasure,
  type BuildRun,
  type Rebuild,
  type Rebuilds,
} from './report.ts';
import { countFiles, countHtmlFiles, DIRECTORY_INDEX, HUB_INDEX, measureSite, type SiteSizes } from './sizes.ts';
import { writeZefixSparql } from './registers.ts';
import { runStep, type StepResult } from './step.ts';
import { formatBytes, formatCount, formatDuration } from './table.ts';

/** The parts of the project the benchmark drives. */
export interface ProjectInterfaces {
  root: string;
  /** Writes DIR/lecco.csv and DIR/ticino.csv: --companies N --out DIR [--seed S]. */
  generator: string;
  /** Builds the Pagefind indexes and the service worker of a built site: --site DIST. */
  indexer: string;
  /** The command of package.json's "build" script: Astro's CLI with the project's Node flags. */
  buildCommand: () => [command: string, ...args: string[]];
}

export function projectInterfaces(root = projectRoot): ProjectInterfaces {
  return {
    root,
    generator: path.join(root, 'scripts', 'generate-directory.ts'),
    indexer: path.join(root, 'scripts', 'index-site.ts'),
    buildCommand: () => npmScriptCommand(root, 'build'),
  };
}

export class MissingInterfaceError extends Error {
  override name = 'MissingInterfaceError';
}

/** What the benchmark needs from the project and cannot find, before spending minutes on it. */
export function missingInterfaces(interfaces: ProjectInterfaces): string[] {
  const missing: string[] = [];
  const relative = (file: string) => path.relative(interfaces.root, file);
  if (!existsSync(interfaces.generator)) {
    missing.push(`${relative(interfaces.generator)} (the directory corpus generator: --companies N --out DIR)`);
  }
  if (!existsSync(interfaces.indexer)) {
    missing.push(
      `${relative(interfaces.indexer)} (the index step: builds pagefind/, pagefind-directory/, the service worker)`,
    );
  }
  return missing;
}

export interface RunContext {
  options: BenchOptions;
  interfaces: ProjectInterfaces;
  progress: Progress;
  /** Temporary folder of this benchmark: corpus, site, caches, logs. */
  workDir: string;
  /** Lets the caller close the browser and the server on Ctrl-C. */
  onResource: (close: () => Promise<void>) => void;
}

const BROWSER_MEASURES: readonly MeasureKind[] = ['hub', 'relaxed', 'directory', 'filtered', 'merged'];

function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'production',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    ASTRO_TELEMETRY_DISABLED: '1',
    ...extra,
  };
}

/** Polls a count (HTML files written, index files) for the progress line, one poll at a time. */
function poller(count: () => Promise<number>, show: (value: number) => void, everyMs = 3000) {
  let busy = false;
  let last = 0;
  return () => {
    if (busy || performance.now() - last < everyMs) return;
    busy = true;
    last = performance.now();
    void count()
      .then(show)
      .finally(() => {
        busy = false;
      });
  };
}

async function generateCorpus(
  context: RunContext,
  corpusDir: string,
  notes: string[],
): Promise<CorpusQuery & { generateMs: number }> {
  const { options, interfaces, progress, workDir } = context;
  progress.start(`corpus (${formatCount(options.companies)} companies)`);
  const step = await runStep({
    name: 'corpus generator',
    command: process.execPath,
    args: [
      interfaces.generator,
      '--companies',
      String(options.companies),
      '--out',
      corpusDir,
      ...(options.seed === undefined ? [] : ['--seed', options.seed]),
    ],
    cwd: interfaces.root,
    env: childEnv({}),
    logFile: path.join(workDir, 'logs', 'generate.log'),
  });
  const query = chooseQuery(readCorpus(corpusDir), options.word);
  if (query.companies !== options.companies) {
    notes.push(
      `The generator wrote ${formatCount(query.companies)} rows for --companies ${formatCount(options.companies)}.`,
    );
  }
  progress.end(
    `${formatCount(query.companies)} rows in ${formatDuration(step.wallMs)}; ` +
      `directory queries use "${query.word}"${query.fromCorpus ? ' (the most frequent description word)' : ''}`,
  );
  return { ...query, generateMs: step.wallMs };
}

interface SiteFolders {
  corpusDir: string;
  dist: string;
  logs: string;
  /** With --imported: the imported rows and a copy of the sources registry with their terms marked as read. */
  registersDir?: string;
  sourcesFile?: string;
}

/** Where a build or the indexer reads the directory from. */
function directoryEnv(folders: SiteFolders): Record<string, string> {
  return {
    PMI_DIRECTORY_DIR: folders.corpusDir,
    ...(folders.registersDir ? { PMI_REGISTERS_DIR: folders.registersDir } : {}),
    ...(folders.sourcesFile ? { PMI_SOURCES_FILE: folders.sourcesFile } : {}),
  };
}

/** The word and the filters of the directory queries on an imported Zefix register (see writeZefixSparql). */
const IMPORTED_QUERY = { word: 'officina', region: 'ticino', sector: 'not-stated' } as const;

/**
 * --imported: the directory is a Zefix register of --records records imported with the project's
 * importer, and no generated row: no sector, no size, no description, most companies in five
 * towns, so a town's rows fill one long "sector not stated" group. The copy of the sources
 * registry marks Zefix's terms as read, which the site needs before it publishes imported rows.
 */
async function importedCorpus(
  context: RunContext,
  folders: SiteFolders,
): Promise<CorpusQuery & { generateMs: number }> {
  const { options, interfaces, progress, workDir } = context;
  progress.start(`register (${formatCount(options.records)} Zefix records, imported)`);
  const started = performance.now();
  await mkdir(folders.corpusDir, { recursive: true });
  const registry = parse(readFileSync(path.join(interfaces.root, SOURCES_FILE), 'utf8')) as {
    sources: Record<string, unknown>[];
  };
  for (const source of registry.sources) if (source['id'] === 'zefix') source['terms_checked'] = '2026-12-01';
  await writeFile(folders.sourcesFile!, stringify(registry));
  const input = path.join(workDir, 'zefix-sparql.json');
  writeZefixSparql(input, options.records);
  const outcome = await runImport({
    adapter: 'zefix-sparql',
    input,
    outDir: folders.registersDir!,
    retrieved: '2026-12-01',
    sourcesFile: folders.sourcesFile!,
    includeSoleProprietorships: false,
  });
  if (!outcome.ok) throw new Error(`the import of the generated register failed:\n${outcome.report.join('\n')}`);
  const kept = outcome.counts?.kept ?? 0;
  const generateMs = performance.now() - started;
  progress.end(`${formatCount(kept)} rows kept in ${formatDuration(generateMs)}`);
  return {
    companies: kept,
    word: options.word ?? IMPORTED_QUERY.word,
    fromCorpus: false,
    sector: IMPORTED_QUERY.sector,
    generateMs,
  };
}

async function build(
  context: RunContext,
  folders: SiteFolders,
  cacheDir: string,
  label: string,
): Promise<StepResult & { htmlFiles: number; pagesPerSecond: number }> {
  const { interfaces, progress } = context;
  progress.start(label);
  const poll = poller(
    () => countHtmlFiles(folders.dist),
    (files) => progress.update(`${formatCount(files)} HTML files`),
  );
  const [command, ...args] = interfaces.buildCommand();
  const step = await runStep({
    name: label,
    command,
    args,
    cwd: interfaces.root,
    env: childEnv({
      ...directoryEnv(folders),
      PMI_OUT_DIR: folders.dist,
      PMI_CACHE_DIR: cacheDir,
      PMI_POST_BUILD: 'off',
    }),
    logFile: path.join(folders.logs, `${label.replace(/[^a-z0-9]+/gi, '-')}.log`),
    onTick: poll,
  });
  const htmlFiles = await countHtmlFiles(folders.dist);
  const pagesPerSecond = htmlFiles / (step.wallMs / 1000);
  progress.end(
    `${formatDuration(step.wallMs)}, ${formatCount(htmlFiles)} HTML files (${pagesPerSecond.toFixed(0)}/s), ` +
      `peak RSS ${formatBytes(step.peakRssBytes)}`,
  );
  return { ...step, htmlFiles, pagesPerSecond };
}

async function index(context: RunContext, folders: SiteFolders, cacheDir: string, label: string): Promise<StepResult> {
  const { interfaces, progress } = context;
  progress.start(label);
  const poll = poller(
    async () =>
      (await countFiles(path.join(folders.dist, HUB_INDEX))) +
      (await countFiles(path.join(folders.dist, DIRECTORY_INDEX))),
    (files) => progress.update(`${formatCount(files)} index files`),
  );
  const step = await runStep({
    name: label,
    command: process.execPath,
    args: [interfaces.indexer, '--site', folders.dist],
    cwd: interfaces.root,
    env: childEnv({ ...directoryEnv(folders), PMI_CACHE_DIR: cacheDir }),
    logFile: path.join(folders.logs, `${label.replace(/[^a-z0-9]+/gi, '-')}.log`),
    onTick: poll,
  });
  progress.end(`${formatDuration(step.wallMs)}, peak RSS ${formatBytes(step.peakRssBytes)}`);
  return step;
}

/** The build must have written the directory; the index step both indexes. */
function checkBuiltSite(dist: string, stage: 'build' | 'index'): void {
  const page = path.join(dist, ...DIRECTORY_SEARCH_PATH.split('/').filter(Boolean), 'index.html');
  if (stage === 'build' && !existsSync(page)) {
    throw new MissingInterfaceError(
      `The build wrote no ${DIRECTORY_SEARCH_PATH} page: the directory pages, or the build's reading of ` +
        'PMI_DIRECTORY_DIR, are missing from this branch.',
    );
  }
  if (stage === 'index') {
    const missing = [`${HUB_INDEX}/pagefind.js`, `${DIRECTORY_INDEX}/pagefind-entry.json`].filter(
      (file) => !existsSync(path.join(dist, file)),
    );
    if (missing.length > 0) {
      throw new MissingInterfaceError(`The index step wrote no ${missing.join(' and no ')} in the site.`);
    }
  }
}

/** What the build prints when it is not run (scripts/astro.ts). */
const NOTHING_TO_BUILD = 'Nothing to build';

/** Build and index again with `cacheDir` kept from the last build, counting what they reused. */
async function rebuild(context: RunContext, folders: SiteFolders, cacheDir: string, label: string): Promise<Rebuild> {
  const built = await build(context, folders, cacheDir, `${label}: build`);
  const indexed = await index(context, folders, cacheDir, `${label}: index`);
  const buildLog = readFileSync(built.logFile, 'utf8');
  const indexLog = readFileSync(indexed.logFile, 'utf8');
  return {
    build: built,
    index: indexed,
    reusedPages: buildLog.match(/[├└]─ .*\((?:cached|restored)\)/g)?.length ?? 0,
    // Every path Astro generated or reused (pages, data files, calendars): what reusedPages is out of.
    paths: buildLog.match(/[├└]─ /g)?.length ?? 0,
    // scripts/astro.ts: the inputs and the site folder are the last build's.
    buildSkipped: buildLog.includes(NOTHING_TO_BUILD),
    reusedBundles: reusedBundles(indexLog),
    rebuiltBundles: rebuiltBundles(indexLog),
  };
}

async function buildRuns(context: RunContext, folders: SiteFolders, notes: string[]) {
  const { options, workDir } = context;
  const runs: BuildRun[] = [];
  let cacheDir = '';
  for (let run = 1; run <= options.runs; run += 1) {
    await rm(folders.dist, { recursive: true, force: true });
    if (cacheDir) await rm(cacheDir, { recursive: true, force: true });
    // A fresh cache folder: a cold build, as in CI or on a new checkout.
    cacheDir = path.join(workDir, `cache-${run}`);
    const of = options.runs > 1 ? ` ${run}/${options.runs}` : '';
    const built = await build(context, folders, cacheDir, `build${of}`);
    checkBuiltSite(folders.dist, 'build');
    if (run === 1 && existsSync(path.join(folders.dist, HUB_INDEX))) {
      notes.push(
        'The build wrote pagefind/ itself: it does not honour PMI_POST_BUILD=off yet, so its time includes the hub index.',
      );
    }
    const indexed = await index(context, folders, cacheDir, `index${of}`);
    checkBuiltSite(folders.dist, 'index');
    const { htmlFiles, pagesPerSecond, ...buildStep } = built;
    runs.push({ run, build: buildStep, index: indexed, htmlFiles, pagesPerSecond });
  }
  return { runs, cacheDir };
}

async function browserMeasures(
  context: RunContext,
  plan: Omit<BrowserPlan, 'baseUrl'>,
  site: string,
): Promise<Record<MeasureKind, BrowserMeasure>> {
  const { options, progress, onResource } = context;
  const measures: Record<MeasureKind, BrowserMeasure> = {
    hub: { samples: [] },
    relaxed: { samples: [] },
    directory: { samples: [] },
    filtered: { samples: [] },
    merged: { samples: [] },
  };
  // Gzip like a real host, so the bytes are those a reader downloads.
  const server: StaticServer = await startStaticServer(site, 0, { compress: true });
  onResource(() => server.close());
  let browser: Browser | undefined;
  try {
    // The benchmark ends the browser itself on Ctrl-C, after its other children, then exits.
    browser = await launchBrowser({ handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false });
    const opened = browser;
    onResource(() => opened.close());
    for (let repetition = 1; repetition <= options.browserRuns; repetition += 1) {
      for (const kind of BROWSER_MEASURES) {
        const measureOf = measures[kind];
        if (measureOf.unavailable || measureOf.error) continue;
        progress.start(`browser ${repetition}/${options.browserRuns}: ${kind}`);
        try {
          const sample = await measure(browser, { ...plan, baseUrl: server.url }, kind);
          measureOf.samples.push(sample);
          progress.end(
            `${formatDuration(sample.ms)}, search ${formatBytes(sample.search.bytes)}, ` +
              `total ${formatBytes(sample.total.bytes)} in ${sample.total.requests} requests`,
          );
        } catch (error) {
          // One measure failing (a query without results, say) must not throw away a long build's figures.
          // The first line: Playwright appends the whole browser log to its errors.
          const message = (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
          if (error instanceof MeasureUnavailable) measureOf.unavailable = message;
          else measureOf.error = message;
          progress.end(`not measured: ${message}`);
        }
      }
    }
  } finally {
    await browser?.close();
    await server.close();
  }
  return measures;
}

export async function runBenchmark(context: RunContext): Promise<BenchResults> {
  const { options, interfaces, progress, workDir } = context;
  const startedAt = new Date().toISOString();
  const notes: string[] = [];
  const folders: SiteFolders = {
    corpusDir: path.join(workDir, 'corpus'),
    dist: options.site ? path.resolve(options.site) : path.join(workDir, 'dist'),
    logs: path.join(workDir, 'logs'),
    ...(options.imported
      ? { registersDir: path.join(workDir, 'registers'), sourcesFile: path.join(workDir, 'sources.yaml') }
      : {}),
  };

  let corpus: BenchResults['corpus'];
  let runs: BuildRun[] = [];
  let lastCache = '';
  if (options.site) {
    if (!existsSync(path.join(folders.dist, 'index.html'))) {
      throw new Error(`${folders.dist} holds no built site (no index.html)`);
    }
  } else {
    if (!existsSync(`/proc/${process.pid}/status`)) {
      throw new Error(
        'The memory figures are read from /proc: the build benchmark runs on Linux only (--site works anywhere).',
      );
    }
    const missing = missingInterfaces(interfaces);
    if (missing.length > 0) {
      throw new MissingInterfaceError(
        `The benchmark cannot run on this branch yet. Missing:\n  - ${missing.join('\n  - ')}\n` +
          'Until they land, `--site DIR` measures the sizes and search of an already built site.',
      );
    }
    corpus = options.imported
      ? await importedCorpus(context, folders)
      : await generateCorpus(context, folders.corpusDir, notes);
    ({ runs, cacheDir: lastCache } = await buildRuns(context, folders, notes));
  }

  progress.start('sizes');
  const sizes: SiteSizes = await measureSite(folders.dist);
  progress.end(`${formatBytes(sizes.total.bytes)} in ${formatCount(sizes.total.files)} files`);

  const directoryWord = corpus?.word ?? options.word ?? FALLBACK_WORD;
  const filters = {
    region: options.imported ? IMPORTED_QUERY.region : 'lecco',
    sector: corpus?.sector ?? PREFERRED_SECTOR,
  };
  const browser = await browserMeasures(
    context,
    { hubWord: options.hubWord, relaxedPhrase: options.relaxedPhrase, directoryWord, filters },
    folders.dist,
  );

  let rebuilds: Rebuilds | undefined;
  if (!options.site && lastCache) {
    // The same cache folder as the last cold build: what the incremental build and the reused indexes save.
    const unchanged = await rebuild(context, folders, lastCache, 'rebuild, nothing changed');
    const changed = renameOneCompany(folders.registersDir ?? folders.corpusDir);
    notes.push(`The one-company rebuild renamed ${changed.id} to "${changed.name}".`);
    const oneChanged = await rebuild(context, folders, lastCache, 'rebuild, one company changed');
    rebuilds = { unchanged, oneChanged };
  }

  const summary = summarizeRuns(runs, browser, rebuilds);
  const elapsed = formatElapsed(Date.parse(new Date().toISOString()) - Date.parse(startedAt));
  progress.note(`Done in ${elapsed}.`);
  return {
    version: 1,
    startedAt,
    finishedAt: new Date().toISOString(),
    options: {
      companies: options.companies,
      runs: options.site ? 0 : options.runs,
      browserRuns: options.browserRuns,
      seed: options.seed,
      site: options.site,
    },
    machine: {
      cpus: os.availableParallelism(),
      memoryBytes: os.totalmem(),
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
    },
    ...(corpus ? { corpus } : {}),
    hubWord: options.hubWord,
    relaxedPhrase: options.relaxedPhrase,
    directoryWord,
    filters,
    runs,
    ...(rebuilds ? { rebuilds } : {}),
    sizes,
    browser,
    summary,
    targets: judgeTargets(summary, sizes),
    notes,
  };
}
