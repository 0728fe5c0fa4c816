/** Where things are, computed from this file so tests, the global setup and scripts agree. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const contentDir = path.join(projectRoot, 'content');
export const distDir = path.join(projectRoot, 'dist');

/** The CLI script astro declares in its package.json "bin", so we never depend on a shell shim. */
export function astroCliPath(): string {
  const packageDir = path.join(projectRoot, 'node_modules', 'astro');
  const manifest = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as {
    bin?: string | Record<string, string>;
  };
  const bin = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin?.['astro'];
  if (!bin) throw new Error('node_modules/astro/package.json declares no "astro" bin: is astro installed (npm ci)?');
  return path.join(packageDir, bin);
}
