import path from 'node:path';

export const DEFAULT_DIRECTORY_FOLDER = path.join('content', 'directory');

/**
 * The folder of the directory's CSV files, from the project root; PMI_DIRECTORY_DIR points a
 * build at another corpus (the benchmark's). The pages (rows.ts) and the search index read the same.
 */
export function directoryFolder(root = process.cwd(), dir = DEFAULT_DIRECTORY_FOLDER): string {
  return path.resolve(root, process.env['PMI_DIRECTORY_DIR'] || dir);
}

/**
 * The folder `npm run import` writes the public registers' rows into; the directory reads it with
 * its own folder. PMI_REGISTERS_DIR points a build at another one (the tests' fixture imports).
 */
export function registersFolder(root = process.cwd()): string {
  return path.resolve(root, process.env['PMI_REGISTERS_DIR'] || path.join('content', 'registers'));
}
