/**
 * What to search for in the generated directory: its most common description word (the query
 * with the most results, the slowest first page), and a sector division that has Italian
 * companies with that word, for the filtered query.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';

export const CORPUS_FILES = ['lecco.csv', 'ticino.csv'] as const;
/** The filtered query of the brief: Italian companies of division 28 (machinery). */
export const PREFERRED_SECTOR = '28';
export const FALLBACK_WORD = 'meccanica';

export interface CorpusRow {
  country: string;
  sectorCode: string;
  description: string;
}

/** Words of five letters or more that say nothing about a company. */
const STOPWORDS = new Set([
  'della',
  'delle',
  'dello',
  'degli',
  'nella',
  'nelle',
  'nello',
  'negli',
  'sulla',
  'sulle',
  'dalla',
  'dalle',
  'dagli',
  'questo',
  'questa',
  'questi',
  'queste',
  'anche',
  'presso',
  'oltre',
  'essere',
  'quale',
  'quali',
  'nostro',
  'nostra',
  'nostri',
  'nostre',
  'proprio',
  'propria',
  'propri',
  'tutti',
  'tutte',
  'attraverso',
  'grazie',
]);

export function wordsOf(text: string): Set<string> {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  return new Set(words.filter((word) => word.length >= 5 && !STOPWORDS.has(word)));
}

/** The word found in the most descriptions (ties: alphabetical), or undefined when there is none. */
export function mostFrequentWord(descriptions: Iterable<string>): string | undefined {
  const counts = new Map<string, number>();
  for (const description of descriptions) {
    for (const word of wordsOf(description)) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  let best: [string, number] | undefined;
  for (const entry of counts) {
    if (!best || entry[1] > best[1] || (entry[1] === best[1] && entry[0] < best[0])) best = entry;
  }
  return best?.[0];
}

/** Division "28" from "28.41" (ATECO) or "28.41.0" (NOGA). */
export function divisionOf(sectorCode: string): string {
  return sectorCode.trim().slice(0, 2);
}

/**
 * Division 28 if some Italian company of it has the word, else the division with the most
 * Italian companies that have it, so the filtered query has results on any corpus.
 */
export function filterSector(rows: readonly CorpusRow[], word: string): string {
  const counts = new Map<string, number>();
  for (const row of rows) {
    if (row.country !== 'IT' || !wordsOf(row.description).has(word)) continue;
    const division = divisionOf(row.sectorCode);
    counts.set(division, (counts.get(division) ?? 0) + 1);
  }
  if ((counts.get(PREFERRED_SECTOR) ?? 0) > 0 || counts.size === 0) return PREFERRED_SECTOR;
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
}

/** The rows of the generated CSV files; throws naming the file when one is missing or unreadable. */
export function readCorpus(directory: string): CorpusRow[] {
  return CORPUS_FILES.flatMap((name) => {
    const file = path.join(directory, name);
    let records: Record<string, string>[];
    try {
      records = parse(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true, bom: true });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`The corpus generator did not write a readable ${file}: ${reason}`, { cause: error });
    }
    return records.map((record) => ({
      country: record['country'] ?? '',
      sectorCode: record['sector_code'] ?? '',
      description: record['description_it'] ?? '',
    }));
  });
}

export interface CorpusQuery {
  companies: number;
  word: string;
  /** True when the word was chosen from the corpus (not given, not the fallback). */
  fromCorpus: boolean;
  sector: string;
}

export function chooseQuery(rows: readonly CorpusRow[], given: string | undefined): CorpusQuery {
  const frequent = given === undefined ? mostFrequentWord(rows.map((row) => row.description)) : undefined;
  const word = given ?? frequent ?? FALLBACK_WORD;
  return { companies: rows.length, word, fromCorpus: frequent !== undefined, sector: filterSector(rows, word) };
}
