/**
 * The company directory (content/directory/*.csv), read with the pages' own reader so editors
 * see exactly what would stop the build; the directory rule turns it into messages.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { readDirectorySync, sourceTerms } from '#features/directory/index.ts';
import type { ContentContext } from './context.ts';

export const DIRECTORY_FOLDER = 'directory';
/** Where `npm run import` writes the public registers' rows, each file with its Markdown summary. */
export const REGISTERS_FOLDER = 'registers';

export interface DirectoryFolder extends Pick<ContentContext['directory'], 'strays' | 'problems'> {
  /** The CSV files read. */
  files: readonly string[];
  drafts: readonly string[];
}

export function readDirectoryFolder(root: string, contentDir: string, profileIds: readonly string[]): DirectoryFolder {
  const folders = [DIRECTORY_FOLDER, REGISTERS_FOLDER]
    .map((name) => path.join(contentDir, name))
    .filter((folder) => existsSync(folder));
  if (folders.length === 0) return { strays: [], problems: [], files: [], drafts: [] };
  const relative = (file: string) => path.relative(root, file).split(path.sep).join('/');
  const strays: DirectoryFolder['strays'][number][] = [];
  const drafts: string[] = [];
  for (const folder of folders) {
    for (const name of readdirSync(folder).sort()) {
      const absolute = path.join(folder, name);
      // The folder's README explains the columns to editors; it is not data. The sources registry
      // of the imported rows is checked by its own schema (#schemas/register-row.ts), and each
      // import's summary (<file>.summary.md) is for the reviewer of its pull request.
      if (name.startsWith('.') || name === 'README.md' || name === 'sources.yaml' || name.endsWith('.summary.md'))
        continue;
      if (statSync(absolute).isDirectory()) strays.push({ file: `${relative(absolute)}/`, reason: 'folder' });
      else if (!name.toLowerCase().endsWith('.csv')) strays.push({ file: relative(absolute), reason: 'not-csv' });
      else if (name.startsWith('_')) drafts.push(relative(absolute));
    }
  }
  const { files, problems } = readDirectorySync(folders, { profiles: profileIds, sources: sourceIds(root) });
  return {
    strays,
    problems: problems.map((problem) => ({ ...problem, file: relative(problem.file) })),
    files,
    drafts,
  };
}

/** The sources registry; when it cannot be read, its own check says why and rows are not held to it. */
function sourceIds(root: string): { id: string; termsChecked: boolean }[] | undefined {
  try {
    return sourceTerms(root);
  } catch {
    return undefined;
  }
}
