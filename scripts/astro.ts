/**
 * Astro's CLI with the memory settings of this project's builds. `npm run build` and `npm start`
 * run it, and the benchmark and the tests start the command of the "build" script in package.json
 * (npmScriptCommand in scripts/support/npm-script.ts), so every build runs with the same settings:
 *
 *   node --max-semi-space-size=8 scripts/astro.ts build
 *
 * - Rolldown, the bundler inside Vite, allocates with mimalloc, which backs its memory with
 *   transparent huge pages and hands freed memory back only later, on a later allocation. At full
 *   scale the build kept about 450 MB from the bundling step while it rendered the pages.
 *   mimalloc reads its options once, when the bundler is loaded: they are set here, before Astro
 *   starts, unless the environment sets them already.
 * - V8's young generation is capped at 8 MB a half (the flag in package.json): at full scale the
 *   peak went from 1.17 to 1.09 GB for about 5 % more CPU time.
 */
import { pathToFileURL } from 'node:url';
import { astroCliPath } from './support/paths.ts';

/** mimalloc's options (read from MIMALLOC_* variables): no huge pages, freed memory returned at once. */
const ALLOCATOR_ENV = { MIMALLOC_ALLOW_THP: '0', MIMALLOC_PURGE_DELAY: '0' } as const;

for (const [name, value] of Object.entries(ALLOCATOR_ENV)) process.env[name] ??= value;
await import(pathToFileURL(astroCliPath()).href);
