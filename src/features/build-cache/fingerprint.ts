/**
 * What every page may read besides its own data: the content files (stories, guides, facts,
 * taxonomies, the directory's sources…), the build date and the environment values that reach
 * the text. A change to any of them changes the fingerprint, and with it every page's cache key.
 * The directory's row files are left out: each directory page keys its own rows.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildDate } from '#features/facts/index.ts';

/** Environment values that change what pages say (the desk's address, the public origin). */
export const PAGE_ENVIRONMENT = ['PMI_DESK_EMAIL', 'SITE_URL'] as const;

/** The rows of content/directory/ and content/registers/: keyed page by page, not site-wide. */
const ROW_FILE = /^(?:directory|registers)\/[^/]+\.csv(?:\.gz)?$/;

function filesUnder(dir: string, base = ''): string[] {
  return readdirSync(path.join(dir, base), { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const relative = base === '' ? entry.name : `${base}/${entry.name}`;
      if (entry.isDirectory()) return filesUnder(dir, relative);
      return entry.isFile() ? [relative] : [];
    });
}

export interface FingerprintInput {
  contentDir: string;
  env: NodeJS.ProcessEnv;
}

/** The hash of the content files (path and bytes, rows excluded), the build date and PAGE_ENVIRONMENT. */
export function computeFingerprint({ contentDir, env }: FingerprintInput): string {
  const hash = createHash('sha256');
  hash.update(`build date ${buildDate(env).toISOString().slice(0, 10)}\n`);
  for (const name of PAGE_ENVIRONMENT) hash.update(`${name}=${env[name] ?? ''}\n`);
  for (const file of filesUnder(contentDir)) {
    if (ROW_FILE.test(file)) continue;
    hash.update(`${file}\n`);
    hash.update(readFileSync(path.join(contentDir, file)));
    hash.update('\n');
  }
  return hash.digest('hex');
}

/** The hash of the files under `dir` that `keep` accepts (path and bytes): the code that makes a cached folder. */
export function filesDigest(dir: string, keep: (file: string) => boolean): string {
  const hash = createHash('sha256');
  for (const file of filesUnder(dir).filter(keep)) {
    hash.update(`${file}\n`);
    hash.update(readFileSync(path.join(dir, file)));
    hash.update('\n');
  }
  return hash.digest('hex');
}

/** The hash of the row files of content/ (content/directory/, content/registers/), which the fingerprint leaves out. */
export function contentRowsDigest(contentDir = path.resolve('content')): string {
  return filesDigest(contentDir, (file) => ROW_FILE.test(file));
}

let fingerprint: string | undefined;

/** This build's fingerprint of content/, computed once. */
export function siteFingerprint(): string {
  fingerprint ??= computeFingerprint({ contentDir: path.resolve('content'), env: process.env });
  return fingerprint;
}
