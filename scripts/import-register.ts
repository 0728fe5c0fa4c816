/**
 * npm run import -- <source> <file> [--out <dir>] [--retrieved YYYY-MM-DD] [--include-sole-proprietorships] [--max-invalid PERCENT]
 *
 *   npm run import -- zefix-sparql ticino.json            into content/registers/ticino-zefix.csv
 *   npm run import -- ri-startup startup.csv --retrieved 2026-12-01
 *
 * Sources: zefix-rest, zefix-sparql, ri-startup, ri-pmi. Prints added / changed / removed
 * counts against the current file and writes a Markdown summary next to it. On any invalid row
 * it names file, row and field, exits with 1 and writes nothing; with --max-invalid 5, up to 5 %
 * of the records may be invalid: they are skipped and listed, and no row is removed that run.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runImport, SOURCES_FILE } from '#features/registers/index.ts';
import { projectRoot } from './support/paths.ts';

const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string' },
    retrieved: { type: 'string' },
    'include-sole-proprietorships': { type: 'boolean', default: false },
    'max-invalid': { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (options.help || positionals.length !== 2) {
  process.stdout.write(
    'Usage: npm run import -- <zefix-rest|zefix-sparql|ri-startup|ri-pmi> <file> [--out DIR] [--retrieved YYYY-MM-DD] [--include-sole-proprietorships] [--max-invalid PERCENT]\n',
  );
  process.exit(options.help ? 0 : 1);
}

const [adapter, input] = positionals as [string, string];
const maxInvalid = options['max-invalid'] === undefined ? 0 : Number(options['max-invalid']);
if (!Number.isFinite(maxInvalid) || maxInvalid < 0 || maxInvalid > 100) {
  process.stderr.write(`--max-invalid: expected a percentage from 0 to 100 — got "${options['max-invalid']}"\n`);
  process.exit(1);
}
const outcome = await runImport({
  adapter,
  input: path.resolve(input),
  outDir: path.resolve(options.out ?? path.join(projectRoot, 'content', 'registers')),
  retrieved: options.retrieved ?? new Date().toISOString().slice(0, 10),
  sourcesFile: path.join(projectRoot, SOURCES_FILE),
  includeSoleProprietorships: options['include-sole-proprietorships'],
  maxInvalidShare: maxInvalid / 100,
});
(outcome.ok ? process.stdout : process.stderr).write(`${outcome.report.join('\n')}\n`);
if (outcome.summary) process.stdout.write(`summary: ${path.relative(process.cwd(), outcome.summary)}\n`);
process.exit(outcome.ok ? 0 : 1);
