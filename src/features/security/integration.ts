/** Writes dist/_headers from the policies Astro put in the built pages. */
import { closeSync, openSync, readdirSync, readFileSync, readSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { HEADERS_FILE, headersFile, mergePolicies, policyOfPage } from './headers-file.ts';
import { ADMIN_PATH } from './policy.ts';

function htmlFilesIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** Astro puts the policy <meta> first in <head>: the first 32 kB hold it, the whole page rarely needed. */
const HEAD_BYTES = 32 * 1024;

function pagePolicy(file: string): string | undefined {
  const head = Buffer.alloc(HEAD_BYTES);
  const handle = openSync(file, 'r');
  try {
    const read = readSync(handle, head, 0, HEAD_BYTES, 0);
    return (
      policyOfPage(head.toString('utf8', 0, read)) ??
      (read === HEAD_BYTES ? policyOfPage(readFileSync(file, 'utf8')) : undefined)
    );
  } finally {
    closeSync(handle);
  }
}

/**
 * Each page's policy as the last build read it, kept in the cache folder: a page that build left
 * in place (same size, time and inode as that finished build left it) has the same policy, so
 * only the pages written again are read. Pages without a policy are recorded as -1.
 */
interface PolicyRecord {
  policies: string[];
  pages: Record<string, number>;
}

const RECORD_FILE = 'page-policies.json';

function readRecord(file: string): PolicyRecord {
  try {
    const record = JSON.parse(readFileSync(file, 'utf8')) as PolicyRecord;
    if (Array.isArray(record.policies) && typeof record.pages === 'object') return record;
  } catch {
    // No record yet, or an unreadable one: every page is read.
  }
  return { policies: [], pages: {} };
}

function writeRecord(file: string, record: PolicyRecord): void {
  writeFileSync(`${file}.tmp`, JSON.stringify(record));
  renameSync(`${file}.tmp`, file);
}

export interface SecurityHeadersOptions {
  /** The site's HTML files once the build has written them (absolute paths); else they are listed here. */
  htmlFiles?: () => readonly string[];
  /** Pages known to be as the last finished build left them: their recorded policy is used. */
  leftInPlace?: (file: string) => boolean;
}

export function securityHeadersFile({
  htmlFiles,
  leftInPlace = () => false,
}: SecurityHeadersOptions = {}): AstroIntegration {
  let recordFile: string | undefined;
  return {
    name: 'pmi-network:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        recordFile = path.join(fileURLToPath(config.cacheDir), RECORD_FILE);
      },
      'astro:build:done': ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        const last = recordFile ? readRecord(recordFile) : { policies: [], pages: {} };
        const record: PolicyRecord = { policies: [], pages: {} };
        // Thousands of directory pages share a handful of policies: keep each distinct one once.
        const indexOf = new Map<string, number>();
        let pages = 0;
        let read = 0;
        // The CMS has a policy of its own (adminPolicy), written into _headers separately.
        const adminDir = path.join(siteDir, ADMIN_PATH);
        for (const file of htmlFiles?.() ?? htmlFilesIn(siteDir)) {
          if (file.startsWith(adminDir)) continue;
          const relative = path.relative(siteDir, file).split(path.sep).join('/');
          const known = last.pages[relative];
          // An entry that names no policy of the record is not trusted: the page is read.
          const recorded = Number.isInteger(known) && known! >= -1 && known! < last.policies.length;
          let policy: string | undefined;
          if (recorded && leftInPlace(file)) policy = last.policies[known!];
          else {
            policy = pagePolicy(file);
            read += 1;
          }
          if (policy === undefined) {
            record.pages[relative] = -1;
            continue;
          }
          let index = indexOf.get(policy);
          if (index === undefined) {
            index = record.policies.push(policy) - 1;
            indexOf.set(policy, index);
          }
          record.pages[relative] = index;
          pages += 1;
        }
        if (pages === 0) throw new Error('No page carries a Content Security Policy: is security.csp on?');
        writeFileSync(path.join(siteDir, HEADERS_FILE), headersFile(mergePolicies(record.policies)));
        if (recordFile) writeRecord(recordFile, record);
        logger.info(
          `_headers written from ${pages} page policies (${record.policies.length} distinct; ${read} pages read)`,
        );
      },
    },
  };
}
