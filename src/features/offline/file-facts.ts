/**
 * What the offline manifest needs of each file of the built site: its size, a digest of its bytes
 * (the worker's version) and, for a search fragment, the address of the page it describes. Reading
 * them means reading all 300 MB of a full-scale site; kept in the cache folder with each file's
 * size, modification time (ns) and inode, they are read again only for the files a build wrote.
 */
import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface FileFacts {
  size: number;
  /** sha-256 of the bytes, hex. */
  digest: string;
  /** A search fragment's page address, when `isFragment` said to read it. */
  url?: string | undefined;
}

interface KeptFacts extends FileFacts {
  stamp: string;
}

const FACTS_FILE = 'offline-file-facts.json';
const FORMAT = 1;

/** Pagefind fragments are gzip with a "pagefind_dcd" prefix before their JSON. */
function fragmentUrl(bytes: Buffer): string | undefined {
  const text = gunzipSync(bytes).toString('utf8');
  const json = text.startsWith('pagefind_dcd') ? text.slice('pagefind_dcd'.length) : text;
  try {
    return (JSON.parse(json) as { url?: string }).url;
  } catch {
    return undefined;
  }
}

function readKept(cacheDir: string | undefined): Map<string, KeptFacts> {
  if (!cacheDir) return new Map();
  try {
    const kept = JSON.parse(readFileSync(path.join(cacheDir, FACTS_FILE), 'utf8')) as {
      format: number;
      files: Record<string, KeptFacts>;
    };
    return kept.format === FORMAT ? new Map(Object.entries(kept.files)) : new Map();
  } catch {
    return new Map();
  }
}

/** A file's size, modification time (ns) and inode: what changes when anything writes it. */
function fileStamp(file: string): string {
  const stat = lstatSync(file, { bigint: true });
  return `${stat.size}:${stat.mtimeNs}:${stat.ino}`;
}

interface FileFactsOptions {
  cacheDir?: string | undefined;
  isFragment: (file: string) => boolean;
  /** The files' stamps (fileStamp) when the caller has them already; else each file is looked at. */
  stamps?: ReadonlyMap<string, string> | undefined;
}

/**
 * The facts of `files` (URL paths under `siteDir`, "/it/index.html"), reusing those kept in
 * `cacheDir` for files whose size, time and inode are unchanged, and keeping this build's there.
 */
export function readFileFacts(
  siteDir: string,
  files: readonly string[],
  { cacheDir, isFragment, stamps }: FileFactsOptions,
): Map<string, FileFacts> {
  const kept = readKept(cacheDir);
  const facts = new Map<string, KeptFacts>();
  for (const file of files) {
    const full = path.join(siteDir, file);
    const stamp = stamps?.get(file) ?? fileStamp(full);
    const wantsUrl = isFragment(file);
    const before = kept.get(file);
    if (before?.stamp === stamp && (!wantsUrl || 'url' in before)) {
      facts.set(file, before);
      continue;
    }
    const bytes = readFileSync(full);
    const digest = createHash('sha256').update(bytes).digest('hex');
    facts.set(file, { stamp, size: bytes.byteLength, digest, ...(wantsUrl ? { url: fragmentUrl(bytes) } : {}) });
  }
  if (cacheDir) {
    mkdirSync(cacheDir, { recursive: true });
    const target = path.join(cacheDir, FACTS_FILE);
    const staged = `${target}.partial-${process.pid}`;
    writeFileSync(staged, JSON.stringify({ format: FORMAT, files: Object.fromEntries(facts) }));
    renameSync(staged, target);
  }
  return facts;
}
