/**
 * `npm run bench -- --registers`: the import of the Zefix register at scale. Writes N records of
 * SPARQL 1.1 JSON results in the format of zefix-ticino.rq (invented companies with valid UIDs,
 * the bench's own generator), imports them once to make "last week's file", then times the
 * import against it --runs times with the command of `npm run import` (read from package.json,
 * its Node flags included, without npm's own process), measuring the peak RSS of its process
 * tree. Targets: ≤ 20 s, ≤ 300 MB.
 */
import { closeSync, openSync, statSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { npmScriptCommand } from '#scripts/support/npm-script.ts';
import { swissUidCheckDigit } from '#schemas/identifiers.ts';
import type { Progress } from './progress.ts';
import { summarize, type Summary } from './stats.ts';
import { runStep, type StepResult } from './step.ts';
import { formatBytes, formatCount, formatDuration, formatRange, formatTable, verdict, type Verdict } from './table.ts';

export const IMPORT_TARGETS = { wallMs: 20_000, peakRssBytes: 300e6 } as const;

/** Real Ticino municipalities with their BFS numbers (from the project's reference). */
const MUNICIPALITIES = [
  [5192, 'Lugano'],
  [5002, 'Bellinzona'],
  [5254, 'Mendrisio'],
  [5113, 'Locarno'],
  [5250, 'Chiasso'],
] as const;
/** eCH-0097 legal forms with their Italian names; 0101 (sole proprietorship) is left out by the import. */
const LEGAL_FORMS = [
  ['0106', 'Società anonima'],
  ['0107', 'Società a garanzia limitata'],
  ['0101', 'Ditta individuale'],
  ['0103', 'Società in nome collettivo'],
  ['0109', 'Associazione'],
] as const;
const WORDS = ['Officina', 'Studio', 'Laboratorio', 'Servizi', 'Tecnica', 'Costruzioni', 'Commercio', 'Consulenza'];

export interface GeneratedRegister {
  records: number;
  bytes: number;
  ms: number;
}

const term = (value: string, type: 'uri' | 'literal' = 'literal', lang?: string) =>
  JSON.stringify({ type, value, ...(lang ? { 'xml:lang': lang } : {}) });

/**
 * Writes `records` bindings to `file`, deterministic. About 1 in 20 records is dissolved and 1 in
 * 5 a sole proprietorship, so the import drops some, as it does on the real register.
 */
export function writeZefixSparql(file: string, records: number): GeneratedRegister {
  const started = performance.now();
  const fd = openSync(file, 'w');
  try {
    const vars = [
      'company',
      'uid',
      'name',
      'legalForm',
      'legalFormName',
      'municipality',
      'municipalityName',
      'dissolutionDate',
    ];
    writeSync(fd, `{"head":{"vars":${JSON.stringify(vars)}},"results":{"bindings":[\n`);
    let written = 0;
    let lines: string[] = [];
    for (let base = 10_000_000; written < records; base++) {
      const check = swissUidCheckDigit(String(base));
      if (check === undefined) continue; // 10 is never issued
      const [bfs, town] = MUNICIPALITIES[written % MUNICIPALITIES.length]!;
      const [code, form] = LEGAL_FORMS[Math.floor(written / MUNICIPALITIES.length) % LEGAL_FORMS.length]!;
      const name = `${WORDS[written % WORDS.length]} Esempio ${written + 1} ${code === '0107' ? 'Sagl' : 'SA'}`;
      const fields = [
        `"company":${term(`https://register.ld.admin.ch/zefix/company/${900_000 + written}`, 'uri')}`,
        `"uid":${term(`CHE${base}${check}`)}`,
        `"name":${term(name)}`,
        `"legalForm":${term(`https://ld.admin.ch/ech/97/legalforms/${code}`, 'uri')}`,
        `"legalFormName":${term(form, 'literal', 'it')}`,
        `"municipality":${term(`https://ld.admin.ch/municipality/${bfs}`, 'uri')}`,
        `"municipalityName":${term(town)}`,
        ...(written % 20 === 19 ? [`"dissolutionDate":${term('2025-06-30')}`] : []),
      ];
      written++;
      lines.push(`{${fields.join(',')}}${written < records ? ',' : ''}`);
      if (lines.length === 1000) {
        writeSync(fd, `${lines.join('\n')}\n`);
        lines = [];
      }
    }
    if (lines.length > 0) writeSync(fd, `${lines.join('\n')}\n`);
    writeSync(fd, ']}}\n');
  } finally {
    closeSync(fd);
  }
  return { records, bytes: statSync(file).size, ms: performance.now() - started };
}

export interface ImportBenchResults {
  version: 1;
  kind: 'registers-import';
  startedAt: string;
  machine: { cpus: number; memoryBytes: number; node: string };
  generated: GeneratedRegister;
  runs: StepResult[];
  wallMs: Summary;
  peakRssBytes: Summary;
  targets: { id: string; limit: number; value: number; verdict: Verdict }[];
}

export interface ImportBenchContext {
  root: string;
  records: number;
  runs: number;
  workDir: string;
  progress: Progress;
}

/** The words of package.json's "import" script, `node` replaced by this Node. */
export function importCommand(root: string): string[] {
  return npmScriptCommand(root, 'import');
}

export async function runImportBenchmark(context: ImportBenchContext): Promise<ImportBenchResults> {
  const { root, records, runs, workDir, progress } = context;
  const startedAt = new Date().toISOString();
  const input = path.join(workDir, 'zefix-sparql.json');
  const outDir = path.join(workDir, 'registers');

  progress.start(`${formatCount(records)} Zefix SPARQL records`);
  const generated = writeZefixSparql(input, records);
  progress.end(`${formatBytes(generated.bytes)} in ${formatDuration(generated.ms)}`);

  const [command, ...args] = importCommand(root);
  const step = (name: string) =>
    runStep({
      name,
      command: command!,
      args: [...args, 'zefix-sparql', input, '--out', outDir, '--retrieved', '2026-12-07'],
      cwd: root,
      env: { ...process.env, NO_COLOR: '1' },
      logFile: path.join(workDir, 'logs', `${name.replace(/[^a-z0-9]+/gi, '-')}.log`),
    });
  // Last week's file: every timed run counts its changes against 50,000 current rows, as a refresh does.
  progress.start('first import (the current file)');
  const first = await step('first import');
  progress.end(`${formatDuration(first.wallMs)}, peak RSS ${formatBytes(first.peakRssBytes)}`);

  const results: StepResult[] = [];
  for (let run = 1; run <= runs; run++) {
    progress.start(`import ${run}/${runs}`);
    const result = await step(`import ${run}`);
    results.push(result);
    progress.end(`${formatDuration(result.wallMs)}, peak RSS ${formatBytes(result.peakRssBytes)}`);
  }
  const wallMs = summarize(results.map((result) => result.wallMs));
  const peakRssBytes = summarize(results.map((result) => result.peakRssBytes));
  return {
    version: 1,
    kind: 'registers-import',
    startedAt,
    machine: { cpus: os.availableParallelism(), memoryBytes: os.totalmem(), node: process.version },
    generated,
    runs: results,
    wallMs,
    peakRssBytes,
    targets: [
      {
        id: 'import-ms',
        limit: IMPORT_TARGETS.wallMs,
        value: wallMs.median,
        verdict: verdict(wallMs.median, IMPORT_TARGETS.wallMs),
      },
      {
        id: 'import-peak-rss',
        limit: IMPORT_TARGETS.peakRssBytes,
        value: peakRssBytes.median,
        verdict: verdict(peakRssBytes.median, IMPORT_TARGETS.peakRssBytes),
      },
    ],
  };
}

export function renderImportReport(results: ImportBenchResults): string {
  const [time, rss] = results.targets;
  const runs = results.runs.length;
  const table = formatTable([
    {
      title: `Zefix import, ${formatCount(results.generated.records)} SPARQL records (${runs} run${runs === 1 ? '' : 's'} against the current file)`,
      rows: [
        { label: 'input (SPARQL 1.1 JSON results)', value: formatBytes(results.generated.bytes) },
        {
          label: 'import (npm run import -- zefix-sparql)',
          value: formatDuration(results.wallMs.median),
          ...optionalRange(results.wallMs, formatDuration),
          target: `≤ ${IMPORT_TARGETS.wallMs / 1000} s`,
          verdict: time!.verdict,
        },
        {
          label: 'peak RSS (process tree)',
          value: formatBytes(results.peakRssBytes.median),
          ...optionalRange(results.peakRssBytes, formatBytes),
          target: `≤ ${formatBytes(IMPORT_TARGETS.peakRssBytes)}`,
          verdict: rss!.verdict,
        },
      ],
    },
  ]);
  const met = results.targets.filter((target) => target.verdict === 'pass').length;
  return (
    `PMI Network Knowledge Hub benchmark: register import, ${results.machine.cpus} CPUs, ` +
    `${formatBytes(results.machine.memoryBytes)} RAM, Node ${results.machine.node}\n\n${table}\n\n` +
    `Targets: ${met} of ${results.targets.length} met (judged on medians).\n`
  );
}

function optionalRange(summary: Summary, format: (value: number) => string): { range?: string } {
  const range = formatRange(summary, format);
  return range === undefined ? {} : { range };
}
