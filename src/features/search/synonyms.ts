/**
 * The search's related words, read from content/search/synonyms.yaml after the build and written
 * beside each search index (related-words.ts). The content check validates the file with its lines; here
 * a broken file stops the build with the same messages, and a missing one means no related words.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { ContentError, formatIssues } from '#schemas/format-issues.ts';
import { SEARCH_CONTENT_FOLDER, SYNONYMS_FILE, synonymsSchema, type SynonymGroup } from '#schemas/search-synonyms.ts';

export function readSynonyms(contentDir: string): SynonymGroup[] {
  const absolute = path.join(contentDir, SEARCH_CONTENT_FOLDER, 'synonyms.yaml');
  if (!existsSync(absolute)) return [];
  const result = synonymsSchema.safeParse(parse(readFileSync(absolute, 'utf8')) ?? []);
  if (!result.success) throw new ContentError(formatIssues(SYNONYMS_FILE, result.error.issues));
  return result.data;
}
