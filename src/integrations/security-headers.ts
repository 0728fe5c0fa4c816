/** Writes dist/_headers from the policies Astro put in the built pages. */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, mergePolicies, policyOfPage } from '../security/headers-file.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

export function securityHeadersFile(): AstroIntegration {
  return {
    name: 'pmi-network:security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        const policies = htmlFiles(siteDir)
          .map((file) => policyOfPage(readFileSync(file, 'utf8')))
          .filter((policy): policy is string => policy !== undefined);
        if (policies.length === 0) throw new Error('No page carries a Content Security Policy: is security.csp on?');
        writeFileSync(path.join(siteDir, '_headers'), headersFile(mergePolicies(policies)));
        logger.info(`_headers written from ${policies.length} page policies`);
      },
    },
  };
}
