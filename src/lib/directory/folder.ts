import path from 'node:path';

/** The folder of the directory's CSV files; PMI_DIRECTORY_DIR points a build at another corpus. */
export function directoryFolder(): string {
  return path.resolve(process.env['PMI_DIRECTORY_DIR'] ?? path.join('content', 'directory'));
}
