/**
 * Astro's CLI with the memory settings of this project's builds. `npm run build` and `npm start`
 * run it, and the benchmark and the tests start the command of the "build" script in package.json
 * (npmScriptCommand in scripts/support/npm-script.ts), so every build runs with the same settings:
 *
 *   node --max-semi-space-size=8 scripts/astro.ts build
 *
 * - A build with nothing new to build is not run (upToDate below).
 * - Rolldown, the bundler inside Vite, allocates with mimalloc, which backs its memory with
 *   transparent huge pages and hands freed memory back only later, on a later allocation. At full
 *   scale the build kept about 450 MB from the bundling step while it rendered the pages.
 *   mimalloc reads its options once, when the bundler is loaded: they are set here, before Astro
 *   starts, unless the environment sets them already.
 * - V8's young generation is capped at 8 MB a half (the flag in package.json): at full scale the
 *   peak went from 1.17 to 1.09 GB for about 5 % more CPU time.
 * - glibc's malloc gives each thread that allocates its own arena (up to 8 a core) and keeps what
 *   it frees there: the image step (sharp, on two threads) left about 110 MB of arenas until the
 *   build ended. Two arenas (MALLOC_ARENA_MAX=2) took 130 MB off the test site's build at the same
 *   speed, where one was slower. glibc reads the setting only when a process starts, so the
 *   launcher starts again as itself with it (execve: the same process, PID and output).
 * - Node keeps the code it compiles (TypeScript stripped of its types included) in its compile
 *   cache, in the system's temporary folder, where Astro's CLI keeps it too: read from the start
 *   of the process (NODE_COMPILE_CACHE, set with the arenas), so the launcher's own modules and
 *   the index step's are compiled once, not at every build (about 0.3 s of the index step).
 * - The steps after the pages (the search indexes, the service worker) run once Astro has ended,
 *   in a fresh process (stepsAfterPagesApart below).
 */
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  BUILD_INPUTS_VARIABLE,
  buildInputsDigest,
  cacheFolder,
  siteFolder,
  siteFolderUpToDate,
} from '#features/build-cache/index.ts';
import { POST_BUILD_APART, POST_BUILD_VARIABLE } from '#features/post-build/index.ts';
import { astroCliPath, projectRoot } from './support/paths.ts';

/** mimalloc's options (read from MIMALLOC_* variables): no huge pages, freed memory returned at once. */
const ALLOCATOR_ENV = { MIMALLOC_ALLOW_THP: '0', MIMALLOC_PURGE_DELAY: '0' } as const;
/**
 * Read when the process starts: glibc's malloc options (two arenas shared by every thread), and
 * Node's compile cache (the folder Node's module.enableCompileCache() takes by default).
 */
const STARTUP_ENV = {
  MALLOC_ARENA_MAX: '2',
  NODE_COMPILE_CACHE: path.join(os.tmpdir(), 'node-compile-cache'),
} as const;

/** Starts this process again as itself with STARTUP_ENV, unless it has them (or cannot: not on Linux). */
function restartWithStartupEnv(): void {
  const missing = Object.entries(STARTUP_ENV).filter(([name]) => process.env[name] === undefined);
  if (missing.length === 0 || process.platform !== 'linux' || !process.execve) return;
  const env = { ...process.env, ...Object.fromEntries(missing) };
  process.execve(process.execPath, [process.execPath, ...process.execArgv, ...process.argv.slice(1)], env);
}

/** The steps after the pages, for a built site (`--site`). */
const STEPS_AFTER_PAGES = path.join(projectRoot, 'scripts', 'index-site.ts');

/**
 * Has `astro build` leave the search indexes and the service worker (PMI_POST_BUILD=apart), and
 * this process become scripts/index-site.ts once Astro has ended well (execve: the same PID and
 * output, none of the build's memory). In Astro's process the steps held the build's memory on
 * top of their own: after one changed company at full scale, 1.15 GB for the process tree
 * against 0.76 GB this way. The variable set by hand (`off`, or empty for Astro's process) is
 * left as it is.
 */
function stepsAfterPagesApart(): void {
  if (process.env[POST_BUILD_VARIABLE] !== undefined || process.platform !== 'linux' || !process.execve) return;
  process.env[POST_BUILD_VARIABLE] = POST_BUILD_APART;
  process.once('exit', (code) => {
    if (code !== 0) return;
    const env = { ...process.env };
    delete env[POST_BUILD_VARIABLE];
    const command = [process.execPath, ...process.execArgv, STEPS_AFTER_PAGES, '--site', siteFolder()];
    process.execve!(process.execPath, command, env);
  });
}

/**
 * A build whose inputs are all those of the last finished build, with the site folder as that
 * build left it, would write the same bytes: it is not run (`--force` runs it anyway). Any other
 * build gets the hash, and records it with the site folder when it finishes.
 */
function upToDate(args: readonly string[]): boolean {
  if (args[0] !== 'build') return false;
  delete process.env[BUILD_INPUTS_VARIABLE];
  // Astro builds the project it is started in (the tests build copies of this one).
  const inputs = buildInputsDigest({ root: process.cwd(), env: process.env, args });
  if (!inputs) return false;
  if (!args.includes('--force') && siteFolderUpToDate(siteFolder(), cacheFolder(), inputs)) return true;
  process.env[BUILD_INPUTS_VARIABLE] = inputs;
  return false;
}

const args = process.argv.slice(2);
if (args[0] === 'build') restartWithStartupEnv();
if (upToDate(args)) {
  console.log(
    `Nothing to build: the project's files, the directory's rows, the settings and the build date are those ` +
      `of the last build, and ${siteFolder()} is as it left it (npm run build -- --force builds anyway).`,
  );
} else {
  for (const [name, value] of Object.entries(ALLOCATOR_ENV)) process.env[name] ??= value;
  if (args[0] === 'build' && !args.includes('--help')) stepsAfterPagesApart();
  await import(pathToFileURL(astroCliPath()).href);
}
