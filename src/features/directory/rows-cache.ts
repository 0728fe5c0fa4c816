/**
 * The directory's rows as the last reading left them, kept in the cache folder. The build reads
 * the CSV files; the index step after it, in a process of its own, takes the same rows from here
 * instead of reading them again: at full scale about 1.1 s to read and check the 60,446 rows,
 * 0.14 s to take them back (V8's serializer), 0.25 s to keep them (16.7 MB).
 *
 * An entry counts only for the same bytes of every row file and of the sources file, the same
 * curated profiles, the same code under src/ and the same Node (whose serializer wrote it).
 * Anything else, or an entry that cannot be read, reads the files and replaces it. Rows with
 * problems are never kept: each reading reports them again.
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { DirectoryCompany } from '#schemas/directory-model.ts';
import { filesDigest } from '#features/build-cache/index.ts';

export const ROWS_CACHE_FILE = 'directory-rows.bin';

/** What the rows are read from, as passed to the reader. */
export interface RowsSource {
  /** The project whose src/ reads them. */
  root: string;
  /** The CSV files and the sources file. */
  files: readonly string[];
  /** The curated profiles' ids, which the rows' `profile` column is checked against. */
  profiles: readonly string[];
}

/** The key of the rows read from `source`: 64 hex digits, the first line of the cache file. */
function rowsKey({ root, files, profiles }: RowsSource): string {
  const hash = createHash('sha256').update(`${process.version}\n`);
  const code = (file: string) => file.endsWith('.ts') && !file.endsWith('.test.ts');
  const src = path.join(root, 'src');
  hash.update(existsSync(src) ? filesDigest(src, code) : 'no code');
  for (const file of files) {
    hash.update(`\n${path.resolve(file)}\n`);
    try {
      hash.update(readFileSync(file));
    } catch {
      hash.update('missing');
    }
  }
  return hash.update(`\n${profiles.join('\n')}`).digest('hex');
}

const KEY_LENGTH = 64;

/** The kept rows of `key`, or undefined when the cache holds none for it (or cannot be read). */
function keptRows(file: string, key: string): DirectoryCompany[] | undefined {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return undefined;
  }
  try {
    const head = Buffer.alloc(KEY_LENGTH + 1);
    if (readSync(fd, head, 0, head.length, 0) !== head.length || head.toString('latin1') !== `${key}\n`) return;
  } finally {
    closeSync(fd);
  }
  try {
    const rows: unknown = deserialize(readFileSync(file).subarray(KEY_LENGTH + 1));
    return Array.isArray(rows) ? (rows as DirectoryCompany[]) : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps the rows under `key`, written whole to a temporary file first so no reader sees half of it. */
function keepRows(file: string, key: string, rows: readonly DirectoryCompany[]): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, Buffer.concat([Buffer.from(`${key}\n`, 'latin1'), serialize(rows)]));
  renameSync(partial, file);
}

export interface KeyedRows {
  rows: DirectoryCompany[];
  /** rowsKey of what they were read from: the same key, the same rows (a cheap key for what is made of them). */
  key: string;
}

/**
 * The rows of `source` from the cache folder when it holds them, else `read()`'s, kept for the
 * next reading; with their key. Without a cache folder, always `read()`.
 */
export async function cachedRows(
  cacheDir: string | undefined,
  source: RowsSource,
  read: () => Promise<DirectoryCompany[]>,
): Promise<KeyedRows> {
  const key = rowsKey(source);
  if (!cacheDir) return { rows: await read(), key };
  const file = path.join(cacheDir, ROWS_CACHE_FILE);
  const kept = keptRows(file, key);
  if (kept) return { rows: kept, key };
  const rows = await read();
  // Kept only if the files did not change while they were read.
  if (rowsKey(source) === key) keepRows(file, key, rows);
  return { rows, key };
}
