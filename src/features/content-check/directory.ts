/**
 * The content check of the company directory (content/directory/*.csv): the loader's own reader,
 * so editors see exactly what would stop the build, one `file:line: column "x": …` per problem.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { readDirectorySync } from '#features/directory/index.ts';
import type { Severity } from './problem.ts';

type Report = (severity: Severity, file: string, line: number | undefined, detail: string) => void;

export const DIRECTORY_FOLDER = 'directory';

/** Checks every CSV of the folder; returns how many files were read. */
export function checkDirectory(
  root: string,
  contentDir: string,
  profileIds: readonly string[],
  add: Report,
  drafts: string[],
): number {
  const folder = path.join(contentDir, DIRECTORY_FOLDER);
  if (!existsSync(folder)) return 0;
  const relative = (file: string) => path.relative(root, file).split(path.sep).join('/');
  for (const name of readdirSync(folder).sort()) {
    const absolute = path.join(folder, name);
    // The folder's README explains the columns to editors; it is not data.
    if (name.startsWith('.') || name === 'README.md') continue;
    if (statSync(absolute).isDirectory()) {
      add(
        'warning',
        `${relative(absolute)}/`,
        undefined,
        'the site does not read folders here: put the CSV files directly in content/directory/',
      );
    } else if (!name.toLowerCase().endsWith('.csv')) {
      add('warning', relative(absolute), undefined, 'the site only reads .csv files in content/directory/');
    } else if (name.startsWith('_')) {
      drafts.push(relative(absolute));
    }
  }
  const { files, problems } = readDirectorySync(folder, { profiles: profileIds });
  for (const problem of problems) {
    const detail = problem.column ? `column "${problem.column}": ${problem.message}` : problem.message;
    add('error', relative(problem.file), problem.line, detail);
  }
  return files.length;
}
