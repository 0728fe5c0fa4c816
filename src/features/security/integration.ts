/** Writes dist/_headers from the policies Astro put in the built pages. */
import { closeSync, openSync, readdirSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, mergePolicies, policyOfPage } from './headers-file.ts';
import { ADMIN_PATH } from './policy.ts';

function htmlFiles(dir: string): string[] {
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

export function securityHeadersFile(): AstroIntegration {
  return {
    name: 'pmi-network:security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        // Thousands of directory pages share a handful of policies: keep each distinct one once.
        const policies = new Set<string>();
        let pages = 0;
        // The CMS has a policy of its own (adminPolicy), written into _headers separately.
        const adminDir = path.join(siteDir, ADMIN_PATH);
        for (const file of htmlFiles(siteDir).filter((name) => !name.startsWith(adminDir))) {
          const policy = pagePolicy(file);
          if (policy === undefined) continue;
          policies.add(policy);
          pages += 1;
        }
        if (pages === 0) throw new Error('No page carries a Content Security Policy: is security.csp on?');
        writeFileSync(path.join(siteDir, '_headers'), headersFile(mergePolicies([...policies])));
        logger.info(`_headers written from ${pages} page policies (${policies.size} distinct)`);
      },
    },
  };
}
