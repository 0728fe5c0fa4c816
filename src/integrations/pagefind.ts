/**
 * Builds the Pagefind search index after Astro has written the site, through Pagefind's Node API.
 * Pagefind reads each page's <html lang> and writes one index per language (Italian and English
 * stemming), taking only what is inside data-pagefind-body.
 * In `astro dev` it serves the index of the last build, so search works there after one build.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

const BUNDLE = 'pagefind';

function fail(step: string, errors: readonly string[]): never {
  throw new Error(`Pagefind could not ${step}:\n  ${errors.join('\n  ')}`);
}

async function buildIndex(siteDir: string): Promise<number> {
  const { index, errors } = await createIndex({});
  if (!index) fail('start', errors);
  try {
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) fail('read the site', added.errors);
    const written = await index.writeFiles({ outputPath: path.join(siteDir, BUNDLE) });
    if (written.errors.length > 0) fail('write the index', written.errors);
    return added.page_count;
  } finally {
    await close();
  }
}

const contentTypes: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
};

export function pagefindSearch(): AstroIntegration {
  let outDir = '';
  return {
    name: 'pmi-network:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const pages = await buildIndex(fileURLToPath(dir));
        logger.info(`Search index: ${pages} pages`);
      },
      'astro:server:setup': ({ server, logger }) => {
        const bundleDir = path.join(outDir, BUNDLE);
        if (!existsSync(bundleDir)) {
          logger.warn('No search index yet: run `npm run build` once so search works in `astro dev`.');
        }
        server.middlewares.use((request, response, next) => {
          const url = new URL(request.url ?? '/', 'http://localhost');
          if (!url.pathname.startsWith(`/${BUNDLE}/`)) return next();
          const file = path.join(outDir, path.normalize(decodeURIComponent(url.pathname)));
          if (!file.startsWith(bundleDir + path.sep) || !existsSync(file) || !statSync(file).isFile()) return next();
          response.setHeader('Content-Type', contentTypes[path.extname(file)] ?? 'application/octet-stream');
          createReadStream(file).pipe(response);
        });
      },
    },
  };
}
