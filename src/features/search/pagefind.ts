/**
 * Builds the two search indexes after Astro has written the site, through Pagefind's Node API:
 * - /pagefind/: the hub's own pages (stories, centres, guides, curated profiles…), one index
 *   per language from each page's <html lang>, taking only what is inside data-pagefind-body;
 * - /pagefind-directory/: the company directory, from its CSV rows (see site-search.ts).
 * Keeping them apart means a search of the hub never downloads the directory's index.
 * In `astro dev` it serves the indexes of the last build, so search works there after one build.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildSearchIndexes, searchBundles, searchIndexSummary } from './site-search.ts';
import { postBuildLeftOut } from '#features/post-build/index.ts';

const contentTypes: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
};

export function pagefindSearch(): AstroIntegration {
  let outDir = '';
  let cacheDir = '';
  return {
    name: 'pmi-network:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const leftOut = postBuildLeftOut('Search index');
        if (leftOut) return logger.info(leftOut);
        logger.info(searchIndexSummary(await buildSearchIndexes(fileURLToPath(dir), { cacheDir })));
      },
      'astro:server:setup': ({ server, logger }) => {
        if (!existsSync(path.join(outDir, searchBundles.hub))) {
          logger.warn('No search index yet: run `npm run build` once so search works in `astro dev`.');
        }
        server.middlewares.use((request, response, next) => {
          const url = new URL(request.url ?? '/', 'http://localhost');
          const bundle = Object.values(searchBundles).find((name) => url.pathname.startsWith(`/${name}/`));
          if (!bundle) return next();
          const bundleDir = path.join(outDir, bundle);
          const file = path.join(outDir, path.normalize(decodeURIComponent(url.pathname)));
          if (!file.startsWith(bundleDir + path.sep) || !existsSync(file) || !statSync(file).isFile()) return next();
          response.setHeader('Content-Type', contentTypes[path.extname(file)] ?? 'application/octet-stream');
          createReadStream(file).pipe(response);
        });
      },
    },
  };
}
