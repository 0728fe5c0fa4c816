/**
 * npm run registers:refresh — fetch → import → check → summary for the public registers.
 *
 *   npm run registers:refresh                               download every source (needs network)
 *   npm run registers:refresh -- --sources zefix-sparql     only Zefix
 *   npm run registers:refresh -- --from-fixtures --out /tmp/registers   offline, on the test fixtures
 *   npm run registers:refresh -- --offline DIR              offline, on zefix-sparql.json, ri-startup.csv, ri-pmi.csv in DIR
 *
 * Writes the imported files into content/registers/ (--out) only when every source was fetched,
 * imported and checked, and the combined Markdown summary to --summary (the pull request's body).
 * On GitHub Actions it also sets the step outputs `changes` (rows added, changed or removed) and
 * `summary`. Exit code 1 on any failure, naming the source and the step; nothing is changed then.
 */
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent, formatProblem } from '#features/content-check/index.ts';
import { formatRefreshFailure, runRefresh, SOURCES_FILE, type RefreshInput } from '#features/registers/index.ts';
import { projectRoot } from './support/paths.ts';

const { values: options } = parseArgs({
  options: {
    sources: { type: 'string' },
    offline: { type: 'string' },
    'from-fixtures': { type: 'boolean', default: false },
    out: { type: 'string' },
    summary: { type: 'string' },
    downloads: { type: 'string' },
    retrieved: { type: 'string' },
    timeout: { type: 'string', default: '180' },
    retries: { type: 'string', default: '3' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

const usage =
  'Usage: npm run registers:refresh -- [--sources zefix-sparql,ri-startup,ri-pmi] [--offline DIR | --from-fixtures]\n' +
  '         [--out DIR] [--summary FILE] [--downloads DIR] [--retrieved YYYY-MM-DD] [--timeout SECONDS] [--retries N]\n';
if (options.help) {
  process.stdout.write(usage);
  process.exit(0);
}
const whole = (text: string, option: string) => {
  if (!/^\d+$/.test(text)) {
    process.stderr.write(`${option}: expected a whole number — got "${text}"\n${usage}`);
    process.exit(2);
  }
  return Number(text);
};

const callerDir = process.env['INIT_CWD'] ?? process.cwd();
const fromCaller = (file: string) => path.resolve(callerDir, file);
const outDir = options.out ? fromCaller(options.out) : path.join(projectRoot, 'content', 'registers');
const summaryFile = options.summary ? fromCaller(options.summary) : path.join(tmpdir(), 'registers-refresh.md');

let input: RefreshInput;
if (options.offline && options['from-fixtures']) {
  process.stderr.write(`--offline and --from-fixtures exclude each other\n${usage}`);
  process.exit(2);
} else if (options['from-fixtures']) {
  input = { kind: 'offline', dir: path.join(projectRoot, 'tests', 'registers', 'fixtures'), names: 'fixture' };
} else if (options.offline) {
  input = { kind: 'offline', dir: fromCaller(options.offline), names: 'download' };
} else {
  input = {
    kind: 'fetch',
    // Downloads are kept only where asked: a temporary folder otherwise, removed at the end.
    downloadsDir: options.downloads ? fromCaller(options.downloads) : mkdtempSync(path.join(tmpdir(), 'registers-')),
    timeoutMs: whole(options.timeout, '--timeout') * 1000,
    retries: whole(options.retries, '--retries'),
    backoffMs: 2000,
  };
}

const outcome = await runRefresh({
  sources: (options.sources ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean),
  input,
  outDir,
  sourcesFile: path.join(projectRoot, SOURCES_FILE),
  retrieved: options.retrieved ?? new Date().toISOString().slice(0, 10),
  summaryFile,
  // The same content check as `npm run check:content` and the build: the refresh must not open
  // a pull request that CI refuses.
  extraCheck: () =>
    checkContent({ root: projectRoot }).errors.map((problem) => `content check: ${formatProblem(problem)}`),
  log: (line) => process.stderr.write(`${line}\n`),
});
if (input.kind === 'fetch' && !options.downloads) rmSync(input.downloadsDir, { recursive: true, force: true });

if (!outcome.ok) {
  const shown = path.relative(projectRoot, outDir);
  process.stderr.write(`${formatRefreshFailure(outcome.failure!, shown.startsWith('..') ? outDir : shown)}\n`);
  process.exit(1);
}
for (const { output, diff } of outcome.refreshed) {
  process.stdout.write(`${output}: ${diff.added} added, ${diff.changed} changed, ${diff.removed} removed\n`);
}
process.stdout.write(`summary: ${summaryFile}\n`);
const githubOutput = process.env['GITHUB_OUTPUT'];
if (githubOutput) appendFileSync(githubOutput, `changes=${outcome.changes}\nsummary=${summaryFile}\n`);
