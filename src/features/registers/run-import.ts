/**
 * One import: the adapter on the input file, every row checked, the difference from the current
 * output file counted, then the CSV and its Markdown summary written together, atomically. Any
 * error (an invalid row, an unknown source, a missing column) writes nothing and names the file,
 * the row and the field, unless invalid records are no more than `maxInvalidShare` of those read:
 * then they are skipped and listed, and nothing is removed from the current file in that run,
 * since a skipped record may be one that would have looked removed.
 */
import { createReadStream, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { registerColumns } from '#schemas/register-row.ts';
import { readCsvStream } from './csv-stream.ts';
import { adapters, type AdapterId } from './adapter-table.ts';
import type { AdapterCounts } from './collect.ts';
import {
  diffRows,
  formatRegisterProblem,
  registerCsvLines,
  rowContent,
  summaryMarkdown,
  writeFilesAtomically,
  type RegisterDiff,
} from './output.ts';
import { readRegisterSources } from './sources.ts';

export interface ImportRequest {
  adapter: string;
  input: string;
  outDir: string;
  retrieved: string;
  sourcesFile: string;
  includeSoleProprietorships?: boolean;
  /** Share of invalid records (0–1) the import may skip; above it, or with any file-level error, it writes nothing. Default 0. */
  maxInvalidShare?: number;
}

export interface ImportOutcome {
  ok: boolean;
  /** What to print: the counts, the warnings, or the errors that stopped it. */
  report: string[];
  output?: string;
  summary?: string;
  /** Of a completed import: the rows against the file it replaced, and what was read and left out. */
  diff?: RegisterDiff;
  counts?: AdapterCounts;
}

const percent = (share: number) => `${(share * 100).toFixed(share > 0 && share < 0.01 ? 2 : 0)} %`;

const isAdapter = (id: string): id is AdapterId => Object.hasOwn(adapters, id);

/** Identifier → cells of the file an import replaces; an absent file has no rows. */
async function currentRows(file: string): Promise<Map<string, Record<string, string>>> {
  const rows = new Map<string, Record<string, string>>();
  if (!existsSync(file)) return rows;
  let header: string[] | undefined;
  const { syntaxError } = await readCsvStream(createReadStream(file), (cells) => {
    if (header === undefined) {
      header = cells;
      return;
    }
    const row: Record<string, string> = {};
    header.forEach((column, index) => (row[column] = cells[index] ?? ''));
    rows.set(row['identifier'] ?? '', row);
  });
  if (syntaxError || header?.join(',') !== registerColumns.join(',')) {
    throw new Error(`${file}: the current file is not an imported register file; move it away and import again`);
  }
  return rows;
}

export async function runImport(request: ImportRequest): Promise<ImportOutcome> {
  const inputName = path.basename(request.input);
  if (!isAdapter(request.adapter)) {
    return {
      ok: false,
      report: [`unknown source "${request.adapter}": expected one of ${Object.keys(adapters).join(', ')}`],
    };
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(request.retrieved)) {
    return { ok: false, report: [`--retrieved: expected the download day as YYYY-MM-DD — got "${request.retrieved}"`] };
  }
  if (!existsSync(request.input)) return { ok: false, report: [`${request.input}: no such file`] };
  const adapter = adapters[request.adapter];
  const source = readRegisterSources(request.sourcesFile).find((entry) => entry.id === adapter.source);
  if (source === undefined) {
    return {
      ok: false,
      report: [`${request.sourcesFile}: no source with id "${adapter.source}"; add it before importing`],
    };
  }

  const result = await adapter.run(createReadStream(request.input, { highWaterMark: 1 << 20 }), {
    retrieved: request.retrieved,
    includeSoleProprietorships: request.includeSoleProprietorships ?? false,
  });
  const errors = result.problems.filter((problem) => problem.level === 'error');
  const { counts } = result;
  const limit = request.maxInvalidShare ?? 0;
  const share = counts.read === 0 ? 0 : counts.invalid / counts.read;
  const skipping = errors.length > 0 && errors.every((problem) => problem.record) && share <= limit;
  const skipped = skipping
    ? errors.map((problem) => ({ ...problem, level: 'warning' as const, message: `skipped: ${problem.message}` }))
    : [];
  const warnings = [...skipped, ...result.problems.filter((problem) => problem.level === 'warning')];
  const warningLines = warnings.map((problem) => `warning: ${formatRegisterProblem(inputName, problem)}`);
  if (errors.length > 0 && !skipping) {
    const overLimit =
      counts.invalid > 0 && errors.every((problem) => problem.record)
        ? [
            `${counts.invalid} of ${counts.read} records (${percent(share)}) are invalid, more than the ${percent(limit)} --max-invalid allows`,
          ]
        : [];
    return {
      ok: false,
      report: [
        `${errors.length} error${errors.length === 1 ? '' : 's'} in ${inputName}; nothing was written:`,
        ...errors.map((problem) => formatRegisterProblem(inputName, problem)),
        ...overLimit,
        ...warningLines,
      ],
    };
  }

  const output = path.join(request.outDir, adapter.output);
  const summary = path.join(request.outDir, adapter.output.replace(/\.csv$/, '.summary.md'));
  const current = await currentRows(output);
  const rows = [...result.rows];
  let heldBack = 0;
  if (skipping) {
    // A skipped record may be one of the current file's companies: keep every row the import would remove.
    const seen = new Set(rows.map((row) => row.identifier));
    for (const [identifier, cells] of current) {
      if (seen.has(identifier)) continue;
      rows.push(cells as unknown as (typeof rows)[number]);
      heldBack++;
    }
  }
  const diff = diffRows(new Map([...current].map(([identifier, cells]) => [identifier, rowContent(cells)])), rows);
  mkdirSync(request.outDir, { recursive: true });
  const markdown = summaryMarkdown({
    adapter: request.adapter,
    input: inputName,
    output: adapter.output,
    retrieved: request.retrieved,
    counts: result.counts,
    diff,
    warnings,
    attribution: source.attribution,
  });
  writeFilesAtomically([
    { file: output, chunks: registerCsvLines(rows) },
    { file: summary, chunks: [markdown] },
  ]);
  return {
    ok: true,
    output,
    summary,
    diff,
    counts,
    report: [
      ...warningLines,
      `${adapter.output}: ${diff.added} added, ${diff.changed} changed, ${diff.removed} removed, ${diff.unchanged} unchanged`,
      ...(skipping
        ? [
            `skipped ${counts.invalid} invalid record${counts.invalid === 1 ? '' : 's'} (${percent(share)}, within --max-invalid ${percent(limit)}); ${heldBack} row${heldBack === 1 ? '' : 's'} of the current file kept rather than removed`,
          ]
        : []),
      `read ${counts.read}, kept ${counts.kept}; left out ${counts.outsideArea} outside the area, ${counts.deleted} deleted, ` +
        `${counts.soleProprietorships} sole proprietorships, ${counts.merged} merged duplicates`,
    ],
  };
}
