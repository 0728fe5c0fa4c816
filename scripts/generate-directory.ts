/**
 * npm run directory:generate — writes fictional company directories: lecco.csv and ticino.csv.
 *
 *   npm run directory:generate                                  60,446 rows into content/directory/
 *   npm run directory:generate -- --companies 1000 --out /tmp/dir1k
 *   npm run directory:generate -- --seed 7                      another draw of the same size
 *   npm run directory:sample                                    the committed sample (about 300 rows
 *                                                               plus one per curated profile)
 *
 * Rows are split between the two regions in the proportion of the real registers (26,475 firms
 * in the area of Lecco, 33,971 in Ticino). Every row is invented, marked example=true; the curated
 * profiles of content/companies/ always get their row, with `profile` pointing at them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateDirectory, readCuratedCompanies, REGISTER_TOTAL, seedFrom, toCsv } from '#features/directory/index.ts';

const SAMPLE_INVENTED_ROWS = 300;
const DEFAULT_SEED = '1';

const { values: options } = parseArgs({
  options: {
    companies: { type: 'string' },
    out: { type: 'string' },
    seed: { type: 'string', default: DEFAULT_SEED },
    sample: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (options.help) {
  process.stdout.write(
    'Usage: npm run directory:generate [-- --companies N] [-- --out DIR] [-- --seed S]\n' +
      '       npm run directory:sample\n',
  );
  process.exit(0);
}

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const curated = readCuratedCompanies(path.join(root, 'content'));
const companies = options.sample
  ? SAMPLE_INVENTED_ROWS + curated.length
  : options.companies === undefined
    ? REGISTER_TOTAL
    : Number(options.companies);
if (!Number.isInteger(companies) || companies < 1) {
  process.stderr.write(`--companies needs a whole number, e.g. 1000; got "${options.companies}"\n`);
  process.exit(1);
}
const out = path.resolve(options.out ?? path.join(root, 'content', 'directory'));

const started = performance.now();
const { rows, duplicateNames } = generateDirectory({ companies, seed: seedFrom(options.seed), curated });
const generated = performance.now();
mkdirSync(out, { recursive: true });
for (const region of ['lecco', 'ticino'] as const) writeFileSync(path.join(out, `${region}.csv`), toCsv(rows[region]));
const written = performance.now();

const total = rows.lecco.length + rows.ticino.length;
process.stdout.write(
  `${total} companies (${rows.lecco.length} Lecco, ${rows.ticino.length} Ticino, ${curated.length} curated) written to ${path.relative(process.cwd(), out) || '.'}/\n` +
    `generated in ${Math.round(generated - started)} ms, written in ${Math.round(written - generated)} ms; ` +
    `${duplicateNames} repeated names (${((duplicateNames / total) * 100).toFixed(2)} %)\n`,
);
