/**
 * Everything a build is made from, as one hash: when it is the hash of the last finished build
 * and the site folder is as that build left it, a build has nothing to do (scripts/astro.ts).
 *
 * - the project's files as git lists them (tracked, and new files it does not ignore), path and
 *   bytes, and the installed packages (npm's record of node_modules);
 * - the environment a build reads: PMI_*, SITE_URL, NODE_ENV, PUBLIC_* and ASTRO_* variables,
 *   and the bytes of the files and folders they name (the directory's rows of PMI_DIRECTORY_DIR,
 *   the registers, the sources file);
 * - the build date (PMI_BUILD_DATE, or today in Lecco and Ticino), Node's version and the
 *   command's arguments.
 *
 * Without git there is no list of the project's files to trust, and so no hash: the build runs.
 */
import { execFileSync } from 'node:child_process';
import { createHash, type Hash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, readlinkSync, statSync } from 'node:fs';
import path from 'node:path';
import { buildDate } from '#features/facts/index.ts';

/** Where scripts/astro.ts hands the hash to the build, which records it with the site folder. */
export const BUILD_INPUTS_VARIABLE = 'PMI_BUILD_INPUTS';

/** Variables a build reads, by name. */
const BUILD_ENVIRONMENT = /^(?:PMI_\w+|SITE_URL|NODE_ENV|PUBLIC_\w+|ASTRO_\w+)$/;
/** Where builds write, not what they read; and the hash itself, handed to the build. */
const NOT_INPUTS = new Set(['PMI_OUT_DIR', 'PMI_CACHE_DIR', BUILD_INPUTS_VARIABLE]);

/** The project's files, or undefined when git cannot list them. */
function projectFiles(root: string): string[] | undefined {
  try {
    const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    });
    return listed.split('\0').filter(Boolean).sort();
  } catch {
    return undefined;
  }
}

function exists(target: string): boolean {
  try {
    statSync(target);
    return true;
  } catch {
    return false;
  }
}

/**
 * A file's bytes under `label`, or, as git records a link, where it points (`links: 'record'`);
 * with `links: 'follow'`, the bytes it points at, and a folder's files (links to files too).
 */
function hashPath(hash: Hash, label: string, target: string, links: 'record' | 'follow'): void {
  let stat;
  try {
    stat = links === 'follow' ? statSync(target) : lstatSync(target);
  } catch {
    hash.update(`${label}: missing\n`);
    return;
  }
  if (stat.isSymbolicLink()) hash.update(`${label} -> ${readlinkSync(target)}\n`);
  else if (stat.isFile()) hash.update(`${label}\n`).update(readFileSync(target)).update('\n');
  else if (stat.isDirectory() && links === 'follow') {
    // Every file below, in one sorted list; links to folders are not followed (no loops).
    const files = readdirSync(target, { recursive: true, withFileTypes: true })
      .filter((entry) => !entry.isDirectory())
      .map((entry) => path.join(entry.parentPath, entry.name))
      .filter((file) => exists(file) && statSync(file).isFile())
      .sort();
    for (const file of files) hashPath(hash, `${label}/${path.relative(target, file)}`, file, 'follow');
  }
}

export interface BuildInputs {
  root: string;
  env: NodeJS.ProcessEnv;
  args: readonly string[];
}

export function buildInputsDigest({ root, env, args }: BuildInputs): string | undefined {
  const files = projectFiles(root);
  if (!files) return undefined;
  const hash = createHash('sha256');
  hash.update(`node ${process.version} ${process.platform} ${process.arch}\n`);
  hash.update(`args ${JSON.stringify(args)}\n`);
  hash.update(`build date ${buildDate(env).toISOString().slice(0, 10)}\n`);
  const names = Object.keys(env)
    .filter((name) => BUILD_ENVIRONMENT.test(name) && !NOT_INPUTS.has(name))
    .sort();
  for (const name of names) {
    const value = env[name] ?? '';
    hash.update(`${name}=${value}\n`);
    // A file or folder the build reads (relative paths are the project's, as the build resolves
    // them): its bytes, as git may not list it. Never the project or a folder around it.
    const named = path.resolve(root, value);
    const aroundProject = path.relative(named, root).split(path.sep)[0] !== '..';
    if (value !== '' && !aroundProject && exists(named)) hashPath(hash, name, named, 'follow');
  }
  for (const file of files) hashPath(hash, file, path.join(root, file), 'record');
  hashPath(hash, 'installed packages', path.join(root, 'node_modules', '.package-lock.json'), 'follow');
  return hash.digest('hex');
}
