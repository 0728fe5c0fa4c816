/**
 * npm run check:content — checks every file in content/ without building the site.
 *
 *   npm run check:content                      every problem, errors first
 *   npm run check:content -- --errors-only     hide warnings
 *   npm run check:content -- --json            machine-readable result
 *   npm run check:content -- --strict-freshness  facts past their review date are errors
 *
 * Exit code 1 when there is at least one error; warnings (e.g. a review older than 12 months)
 * never fail. On GitHub Actions each problem is also shown next to its line in the pull request,
 * and a summary goes to the run's page.
 */
import { appendFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, styleText } from 'node:util';
import { checkContent, formatProblem, githubAnnotation, type Problem } from '#features/content-check/index.ts';

const { values: options } = parseArgs({
  options: {
    root: { type: 'string' },
    json: { type: 'boolean', default: false },
    'errors-only': { type: 'boolean', default: false },
    'strict-freshness': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (options.help) {
  process.stdout.write(
    'Usage: npm run check:content [-- --errors-only] [-- --json] [-- --strict-freshness]\n' +
      'Checks every file in content/ and explains each problem. Exit code 1 when there are errors.\n',
  );
  process.exit(0);
}

// Piped into `head` or a closed pager: stop quietly, keeping the exit code.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const root = path.resolve(options.root ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..'));
const result = checkContent({ root, strictFreshness: options['strict-freshness'] });
const warnings = options['errors-only'] ? [] : result.warnings;

/** The fields tools already read; a problem's rule id stays out so the format does not change. */
function asJson({ severity, file, line, detail }: Problem) {
  return { severity, file, line, detail, text: formatProblem({ severity, file, line, detail }) };
}

if (options.json) {
  process.stdout.write(
    `${JSON.stringify(
      {
        errors: result.errors.map(asJson),
        warnings: warnings.map(asJson),
        files: result.fileCount,
        drafts: result.drafts,
      },
      null,
      2,
    )}\n`,
  );
  process.exit(result.errors.length > 0 ? 1 : 0);
}

const color = (format: Parameters<typeof styleText>[0], text: string) =>
  process.stdout.isTTY && !process.env['NO_COLOR'] ? styleText(format, text) : text;
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

function printSection(title: string, problems: readonly Problem[], format: 'red' | 'yellow') {
  if (problems.length === 0) return;
  process.stdout.write(`\n${color(['bold', format], title)}\n`);
  for (const problem of problems) process.stdout.write(`  ${formatProblem(problem)}\n`);
}

const seconds = (result.durationMs / 1000).toFixed(2);
process.stdout.write(
  `Content check: ${plural(result.fileCount, 'file')} read in ${seconds} s` +
    (result.drafts.length > 0 ? ` (${plural(result.drafts.length, 'draft')} starting with "_" skipped)` : '') +
    '\n',
);
printSection(`${plural(result.errors.length, 'error')} (must be fixed before publishing):`, result.errors, 'red');
printSection(
  `${plural(warnings.length, 'warning')} (worth fixing, but they do not block publishing):`,
  warnings,
  'yellow',
);

if (result.errors.length === 0) {
  process.stdout.write(`\n${color(['bold', 'green'], 'No errors: the content can be published.')}\n`);
} else {
  process.stdout.write(
    '\nEach line names the file, the line number and the field. CONTRIBUTING.md ("What the checks mean")\n' +
      'explains the most common messages and how to fix them.\n',
  );
}

if (process.env['GITHUB_ACTIONS'] === 'true') {
  for (const problem of [...result.errors, ...warnings]) process.stdout.write(`${githubAnnotation(problem)}\n`);
  const summaryFile = process.env['GITHUB_STEP_SUMMARY'];
  if (summaryFile) appendFileSync(summaryFile, stepSummary(result.errors, warnings));
}

/** The run's summary page on GitHub, for editors who never open the log. */
function stepSummary(errors: readonly Problem[], shownWarnings: readonly Problem[]): string {
  const rows = (problems: readonly Problem[]) =>
    problems
      .map((problem) => `| \`${problem.file}\` | ${problem.line ?? ''} | ${problem.detail.replace(/\|/g, '\\|')} |`)
      .join('\n');
  const lines = ['## Content check', ''];
  lines.push(
    errors.length === 0
      ? '✅ No errors: the content can be published.'
      : `❌ ${plural(errors.length, 'error')} to fix before the change can be published.`,
    '',
  );
  if (errors.length > 0)
    lines.push('### Errors', '', '| File | Line | Problem |', '| --- | --- | --- |', rows(errors), '');
  if (shownWarnings.length > 0) {
    lines.push('### Warnings (do not block publishing)', '', '| File | Line | Problem |', '| --- | --- | --- |');
    lines.push(rows(shownWarnings), '');
  }
  return `${lines.join('\n')}\n`;
}

process.exitCode = result.errors.length > 0 ? 1 : 0;
