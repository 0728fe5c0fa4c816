/**
 * `npm run registers:refresh`: fetch → import → check → summary for the configured sources, all
 * or nothing. Every source is downloaded (or read from a local folder with --offline) and imported
 * into a staging folder inside the output folder; the files are read back and checked; the
 * combined summary is written; only then are the new files renamed into place. A failure at any
 * step names the source and the step, and leaves the output folder as it was.
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
} from 'node:fs';
import path from 'node:path';
import { adapters } from './adapter-table.ts';
import { checkImportedFile } from './check-imported.ts';
import { downloadToFile } from './download.ts';
import { writeFilesAtomically, type RegisterDiff } from './output.ts';
import { refreshSources, type RefreshSource } from './refresh-sources.ts';
import { runImport } from './run-import.ts';
import { readRegisterSources } from './sources.ts';

export type RefreshStep = 'config' | 'fetch' | 'import' | 'check' | 'summary' | 'write';

export type RefreshInput =
  | { kind: 'fetch'; downloadsDir: string; timeoutMs: number; retries: number; backoffMs: number }
  /** Local files named as the downloads (zefix-sparql.json …), or as the fixtures. */
  | { kind: 'offline'; dir: string; names: 'download' | 'fixture' };

export interface RefreshRequest {
  /** Adapter ids of refreshSources; all of them when empty. */
  sources: readonly string[];
  input: RefreshInput;
  /** Where the imported files live (content/registers). */
  outDir: string;
  sourcesFile: string;
  retrieved: string;
  /** The combined Markdown summary: the body of the pull request. */
  summaryFile: string;
  /** More checks of the project after the import (the content check): error lines, none when fine. */
  extraCheck?: () => string[];
  log?: (line: string) => void;
}

export interface RefreshedSource {
  adapter: string;
  output: string;
  diff: RegisterDiff;
}

export interface RefreshOutcome {
  ok: boolean;
  /** What stopped the refresh: the source (or "all") and the step. */
  failure?: { source: string; step: RefreshStep; message: string };
  refreshed: RefreshedSource[];
  /** Rows added, changed or removed over all sources. */
  changes: number;
  summaryFile?: string;
}

class StepError extends Error {
  readonly source: string;
  readonly step: RefreshStep;
  constructor(source: string, step: RefreshStep, message: string) {
    super(message);
    this.source = source;
    this.step = step;
  }
}

/** "ri-startup, fetch: …" */
export function formatRefreshFailure(failure: NonNullable<RefreshOutcome['failure']>, outDir: string): string {
  return (
    `registers:refresh stopped at ${failure.source}, step ${failure.step}:\n${failure.message}\n` +
    `Nothing in ${outDir} was changed.`
  );
}

function chooseSources(ids: readonly string[]): RefreshSource[] {
  if (ids.length === 0) return [...refreshSources];
  const known = refreshSources.map((source) => source.adapter);
  const unknown = ids.filter((id) => !known.includes(id as RefreshSource['adapter']));
  if (unknown.length > 0) {
    throw new StepError(
      'all',
      'config',
      `unknown source ${unknown.map((id) => `"${id}"`).join(', ')}: expected ${known.join(', ')}`,
    );
  }
  return refreshSources.filter((source) => ids.includes(source.adapter));
}

/** The address of each source, or every missing one at once. */
function refreshUrls(chosen: readonly RefreshSource[], sourcesFile: string): Map<string, string> {
  const registry = readRegisterSources(sourcesFile);
  const urls = new Map<string, string>();
  const missing: string[] = [];
  const missingSources: string[] = [];
  for (const source of chosen) {
    const registrySource = adapters[source.adapter].source;
    const url = registry.find((entry) => entry.id === registrySource)?.refresh_url;
    if (url === undefined) {
      missing.push(
        `${source.adapter}: source "${registrySource}" in ${sourcesFile} has no refresh_url. The project does not ` +
          'know the address of this download yet: add it there, or leave the source out with --sources.',
      );
      missingSources.push(source.adapter);
    } else urls.set(source.adapter, url);
  }
  if (missing.length > 0) throw new StepError(missingSources.join(', '), 'config', missing.join('\n'));
  return urls;
}

function demoteHeadings(markdown: string): string {
  return markdown.replace(/^(#+) /gm, '$1# ');
}

function combinedSummary(retrieved: string, refreshed: readonly RefreshedSource[], parts: readonly string[]): string {
  const changes = refreshed.reduce((total, { diff }) => total + diff.added + diff.changed + diff.removed, 0);
  const lines = [
    `# Register refresh, ${retrieved}`,
    '',
    changes === 0
      ? 'No row was added, changed or removed: only the retrieval dates are new.'
      : `${changes} row${changes === 1 ? '' : 's'} added, changed or removed. An editor reviews this before merging: ` +
        'the removed rows (a company deleted from the register, or one the importer no longer reads), the warnings ' +
        'below, and the terms of each source in `content/directory/sources.yaml`.',
    '',
    '| Source | File | Added | Changed | Removed | Unchanged |',
    '| --- | --- | ---: | ---: | ---: | ---: |',
    ...refreshed.map(
      ({ adapter, output, diff }) =>
        `| ${adapter} | \`${output}\` | ${diff.added} | ${diff.changed} | ${diff.removed} | ${diff.unchanged} |`,
    ),
    '',
    ...parts.flatMap((part) => [demoteHeadings(part).trimEnd(), '']),
  ];
  return `${lines.join('\n').trimEnd()}\n`;
}

async function inputFile(
  source: RefreshSource,
  input: RefreshInput,
  url: string | undefined,
  log: (line: string) => void,
) {
  if (input.kind === 'offline') {
    const file = path.join(input.dir, input.names === 'fixture' ? source.fixture : source.download);
    if (!existsSync(file)) throw new StepError(source.adapter, 'fetch', `${file}: no such file (offline input)`);
    return file;
  }
  const file = path.join(input.downloadsDir, source.download);
  log(`${source.adapter}: downloading ${url}`);
  try {
    const result = await downloadToFile({
      url: url!,
      file,
      timeoutMs: input.timeoutMs,
      retries: input.retries,
      backoffMs: input.backoffMs,
      ...source.request(),
      onRetry: (attempt, waitMs, reason) =>
        log(`${source.adapter}: attempt ${attempt} failed (${reason}); retrying in ${(waitMs / 1000).toFixed(1)} s`),
    });
    log(`${source.adapter}: ${result.bytes} bytes in ${result.attempts} attempt${result.attempts === 1 ? '' : 's'}`);
  } catch (error) {
    throw new StepError(source.adapter, 'fetch', error instanceof Error ? error.message : String(error));
  }
  return file;
}

export async function runRefresh(request: RefreshRequest): Promise<RefreshOutcome> {
  const log = request.log ?? (() => undefined);
  const refreshed: RefreshedSource[] = [];
  let staging: string | undefined;
  /** Where the refresh is, for an unexpected error. */
  let at: { source: string; step: RefreshStep } = { source: 'all', step: 'config' };
  const outDirExisted = existsSync(request.outDir);
  try {
    const chosen = chooseSources(request.sources);
    let urls = new Map<string, string>();
    try {
      if (request.input.kind === 'fetch') urls = refreshUrls(chosen, request.sourcesFile);
      else readRegisterSources(request.sourcesFile);
    } catch (error) {
      if (error instanceof StepError) throw error;
      throw new StepError('all', 'config', error instanceof Error ? error.message : String(error));
    }
    if (request.input.kind === 'fetch') mkdirSync(request.input.downloadsDir, { recursive: true });
    mkdirSync(request.outDir, { recursive: true });
    // Inside the output folder, so the final renames stay on one file system.
    staging = mkdtempSync(path.join(request.outDir, '.refresh-'));

    const summaries: string[] = [];
    for (const source of chosen) {
      at = { source: source.adapter, step: 'fetch' };
      const input = await inputFile(source, request.input, urls.get(source.adapter), log);
      const output = adapters[source.adapter].output;
      at = { source: source.adapter, step: 'import' };
      // The current file, so the import counts its changes against it.
      if (existsSync(path.join(request.outDir, output))) {
        copyFileSync(path.join(request.outDir, output), path.join(staging, output));
      }
      const outcome = await runImport({
        adapter: source.adapter,
        input,
        outDir: staging,
        retrieved: request.retrieved,
        sourcesFile: request.sourcesFile,
      });
      if (!outcome.ok || !outcome.diff || !outcome.summary) {
        throw new StepError(source.adapter, 'import', outcome.report.join('\n'));
      }
      for (const line of outcome.report) log(`${source.adapter}: ${line}`);
      refreshed.push({ adapter: source.adapter, output, diff: outcome.diff });
      summaries.push(readFileSync(outcome.summary, 'utf8'));
    }

    for (const { adapter, output } of refreshed) {
      at = { source: adapter, step: 'check' };
      const problems = await checkImportedFile(
        path.join(staging, output),
        adapters[adapter as RefreshSource['adapter']].source,
      );
      if (problems.length > 0) throw new StepError(adapter, 'check', problems.slice(0, 20).join('\n'));
    }
    const projectProblems = request.extraCheck?.() ?? [];
    if (projectProblems.length > 0) throw new StepError('all', 'check', projectProblems.join('\n'));
    log('check: every imported file read back and valid');

    try {
      mkdirSync(path.dirname(request.summaryFile), { recursive: true });
      writeFilesAtomically([
        { file: request.summaryFile, chunks: [combinedSummary(request.retrieved, refreshed, summaries)] },
      ]);
    } catch (error) {
      throw new StepError(
        'all',
        'summary',
        `${request.summaryFile}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }

    try {
      for (const name of readdirSync(staging)) renameSync(path.join(staging, name), path.join(request.outDir, name));
    } catch (error) {
      throw new StepError('all', 'write', error instanceof Error ? error.message : String(error));
    }
    const changes = refreshed.reduce((total, { diff }) => total + diff.added + diff.changed + diff.removed, 0);
    return { ok: true, refreshed, changes, summaryFile: request.summaryFile };
  } catch (error) {
    const failure =
      error instanceof StepError
        ? { source: error.source, step: error.step, message: error.message }
        : { ...at, message: error instanceof Error ? error.message : String(error) };
    return { ok: false, failure, refreshed: [], changes: 0 };
  } finally {
    if (staging) rmSync(staging, { recursive: true, force: true });
    if (!outDirExisted && existsSync(request.outDir) && readdirSync(request.outDir).length === 0) {
      rmSync(request.outDir, { recursive: true, force: true });
    }
  }
}
