/**
 * A throw-away copy of the site that builds with the project's installed packages, for tests
 * that need another build: broken content, a changed deployment.
 */
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '#scripts/support/paths.ts';

const copiedEntries = ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];
// Astro keeps its content store and caches in node_modules/.astro and .vite: a copy sharing the
// project's node_modules would overwrite the real site's cache, so those stay private to the copy.
const privateCaches = new Set(['.astro', '.vite', '.cache']);

export async function copySite(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  for (const entry of copiedEntries) {
    const source = path.join(projectRoot, entry);
    if (existsSync(source)) await cp(source, path.join(dir, entry), { recursive: true });
  }
  const modules = path.join(dir, 'node_modules');
  await mkdir(modules);
  for (const entry of await readdir(path.join(projectRoot, 'node_modules'))) {
    if (privateCaches.has(entry)) continue;
    await symlink(path.join(projectRoot, 'node_modules', entry), path.join(modules, entry));
  }
  return dir;
}
