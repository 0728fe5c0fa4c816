/**
 * The directory as pages read it: every company, sorted by name the Italian way, loaded once per
 * build and shared by every page (the same memoisation as src/collections/hub.ts). Sixty thousand rows
 * are sorted once, not once per page.
 */
import { getCollection } from 'astro:content';
import type { DirectoryCompany } from '#schemas/directory-model.ts';

/** Names as Italians sort them: accents and case do not change the order; digits by value. */
const collator = new Intl.Collator('it', { numeric: true });

async function loadDirectory(): Promise<DirectoryCompany[]> {
  const entries = await getCollection('directory');
  // The loader stored validated DirectoryCompany records; the collection has no schema to say so.
  return entries
    .map((entry) => entry.data as unknown as DirectoryCompany)
    .sort((a, b) => collator.compare(a.name, b.name) || a.id.localeCompare(b.id));
}

let directory: Promise<DirectoryCompany[]> | undefined;

/** Every company of the directory, sorted by name; loaded once per build. */
export function getDirectory(): Promise<DirectoryCompany[]> {
  directory ??= loadDirectory();
  return directory;
}
