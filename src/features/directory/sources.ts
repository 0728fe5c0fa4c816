/**
 * The sources of the imported rows (content/directory/sources.yaml): their ids check each row's
 * `source`, and their attribution and terms are shown wherever those rows appear.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { readRegisterSources, SOURCES_FILE } from '#features/registers/index.ts';
import type { RegisterSource } from '#schemas/register-row.ts';

/**
 * Every source of the registry; none when the project has no registry file. PMI_SOURCES_FILE
 * points a build at another registry, as PMI_REGISTERS_DIR at other rows (the benchmark's).
 */
export function directorySources(root = process.cwd()): RegisterSource[] {
  const file = path.resolve(root, process.env['PMI_SOURCES_FILE'] || SOURCES_FILE);
  return existsSync(file) ? readRegisterSources(file) : [];
}

/** What the reader needs of each source: its id, and whether an editor has checked its terms. */
export function sourceTerms(root = process.cwd()): { id: string; termsChecked: boolean }[] {
  return directorySources(root).map((source) => ({ id: source.id, termsChecked: source.terms_checked !== undefined }));
}

let shortNames: Map<string, string> | undefined;

/** "Zefix – Indice centrale delle ditte / …" → "Zefix": how a row names its source, in a few words. */
export function sourceShortName(id: string): string {
  shortNames ??= new Map(directorySources().map((source) => [source.id, source.title.split(' – ')[0]!.trim()]));
  return shortNames.get(id) ?? id;
}
