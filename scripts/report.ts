/**
 * npm run report — the editorial report as Markdown: reviews older than 12 months, missing
 * translations, entries without sources, companies and centres no success story names, open
 * points in IP guides. Paste it into a pull request or an issue; CI adds it to each run's summary.
 * The same report is on the site at /it/editorial-report/ and /en/editorial-report/.
 *
 *   npm run report                      print to the terminal
 *   npm run report -- --out report.md   write to a file
 *   npm run report -- --json            machine-readable
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildEditorialReport, checkContent, editorialReportMarkdown } from '#features/content-check/index.ts';
import { editFileUrl } from '#site-config';

const { values: options } = parseArgs({
  options: {
    root: { type: 'string' },
    out: { type: 'string' },
    json: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (options.help) {
  process.stdout.write('Usage: npm run report [-- --out report.md] [-- --json]\n');
  process.exit(0);
}

const root = path.resolve(options.root ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..'));
const report = buildEditorialReport(checkContent({ root }), new Date());
const text = options.json ? `${JSON.stringify(report, null, 2)}\n` : editorialReportMarkdown(report, editFileUrl);

if (options.out) {
  writeFileSync(options.out, text);
  process.stdout.write(`Editorial report written to ${options.out}\n`);
} else {
  process.stdout.write(text);
}
