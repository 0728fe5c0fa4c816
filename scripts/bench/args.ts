/**
 * The benchmark's command line. Counts accept plain numbers ("60446"), thousands separators
 * ("60,446", "60_446") and a k suffix ("10k", "1.5k").
 */
import { parseArgs } from 'node:util';

/** Zefix records of the register import benchmark: the figure. */
export const DEFAULT_RECORDS = 50_000;
/** Lecco (26,475) + Ticino (33,971): the size of the real directory. */
export const DEFAULT_COMPANIES = 60_446;
/** Above this many companies a build is slow enough that one run is the default. */
export const SMALL_CORPUS = 10_000;
/** Browser measures are cheap: never fewer repetitions than this, whatever --runs says. */
export const MIN_BROWSER_RUNS = 3;
/** A word every hub language index knows well: most Italian pages of the hub are about research. */
export const DEFAULT_HUB_WORD = 'ricerca';
/** A phrase as people type it, whose words no page holds all together: the hub answers it with some of them. */
export const DEFAULT_RELAXED_PHRASE = 'ridurre il consumo di acqua nella tintura';

export interface BenchOptions {
  companies: number;
  /** Cold build + index runs. */
  runs: number;
  /** Repetitions of each browser measure (each in a fresh browser context). */
  browserRuns: number;
  /** Also write the results as JSON to this file. */
  json: string | undefined;
  /** Keep the temporary folder (corpus, site, caches, logs). */
  keep: boolean;
  /** Passed to the corpus generator; its own default when absent. */
  seed: string | undefined;
  /** Word for the directory queries; the most frequent description word of the corpus when absent. */
  word: string | undefined;
  /** Word for the hub query. */
  hubWord: string;
  /** Phrase for the hub's relaxed query (every word together finds too little). */
  relaxedPhrase: string;
  /** Measure this already built site (sizes and browser only): no corpus, no build. */
  site: string | undefined;
  /** Only the register import: --records Zefix SPARQL records, --runs imports. */
  registers: boolean;
  /** Build the site with --records imported Zefix records as its directory, instead of the generated corpus. */
  imported: boolean;
  records: number;
  help: boolean;
}

export class UsageError extends Error {
  override name = 'UsageError';
}

export const usage = `Usage: npm run bench -- [options]

Builds the site with a generated company directory and measures build, index, sizes and search.

  --companies N   companies in the generated directory (default ${DEFAULT_COMPANIES}; e.g. 1000, 10k, 60446)
  --runs R        cold build + index runs (default 3 up to ${SMALL_CORPUS.toLocaleString('en')} companies, else 1);
                  the browser measures repeat max(R, ${MIN_BROWSER_RUNS}) times
  --json FILE     also write every sample and the medians as JSON
  --keep          keep the temporary folder (corpus, built site, caches, logs)
  --seed S        seed for the corpus generator
  --word W        word for the directory queries (default: the most frequent word of the corpus descriptions)
  --hub-word W    word for the hub query (default "${DEFAULT_HUB_WORD}")
  --relaxed P     phrase for the hub query answered by some of its words (default "${DEFAULT_RELAXED_PHRASE}")
  --site DIR      only measure an already built site (sizes and browser), without generating or building
  --registers     only the register import: generates --records Zefix SPARQL records (default 50,000) and
                  times npm run import -- zefix-sparql on them, --runs times (default 3)
  --imported      the whole site, with a directory of --records Zefix records imported as a register
                  (no sector, no size, most of them in a few towns) instead of the generated corpus
  -h, --help      show this help
`;

/** "60446", "60,446", "60_446", "10k", "1.5k" → a positive whole number. */
export function parseCount(text: string, option: string): number {
  const compact = text.trim().toLowerCase().replace(/[,_]/g, '');
  const match = /^(\d+(?:\.\d+)?)(k?)$/.exec(compact);
  const value = match ? Number(match[1]) * (match[2] === 'k' ? 1000 : 1) : Number.NaN;
  if (!Number.isInteger(value) || value < 1) {
    throw new UsageError(`${option} needs a positive whole number (e.g. 1000, 10k, 60446), not "${text}"`);
  }
  return value;
}

function nonEmpty(value: string | undefined, option: string): string | undefined {
  if (value === undefined) return undefined;
  if (value.trim() === '') throw new UsageError(`${option} needs a value`);
  return value.trim();
}

export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        companies: { type: 'string' },
        runs: { type: 'string' },
        json: { type: 'string' },
        keep: { type: 'boolean', default: false },
        seed: { type: 'string' },
        word: { type: 'string' },
        'hub-word': { type: 'string' },
        relaxed: { type: 'string' },
        site: { type: 'string' },
        registers: { type: 'boolean', default: false },
        imported: { type: 'boolean', default: false },
        records: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const companies = values.companies === undefined ? DEFAULT_COMPANIES : parseCount(values.companies, '--companies');
  const defaultRuns = values.registers || companies <= SMALL_CORPUS ? 3 : 1;
  const runs = values.runs === undefined ? defaultRuns : parseCount(values.runs, '--runs');
  if (values.records !== undefined && !values.registers && !values.imported) {
    throw new UsageError('--records goes with --registers or --imported');
  }
  if (values.imported && (values.registers || values.companies !== undefined || values.site !== undefined)) {
    throw new UsageError(
      '--imported builds the site from imported records: it goes without --registers, --companies and --site',
    );
  }
  return {
    companies,
    runs,
    browserRuns: Math.max(runs, MIN_BROWSER_RUNS),
    json: nonEmpty(values.json, '--json'),
    keep: values.keep,
    seed: nonEmpty(values.seed, '--seed'),
    word: nonEmpty(values.word, '--word')?.toLowerCase(),
    hubWord: nonEmpty(values['hub-word'], '--hub-word')?.toLowerCase() ?? DEFAULT_HUB_WORD,
    relaxedPhrase: nonEmpty(values.relaxed, '--relaxed') ?? DEFAULT_RELAXED_PHRASE,
    site: nonEmpty(values.site, '--site'),
    registers: values.registers,
    imported: values.imported,
    records: values.records === undefined ? DEFAULT_RECORDS : parseCount(values.records, '--records'),
    help: values.help,
  };
}
