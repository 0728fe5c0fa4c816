/**
 * Writes the CMS into the built site, /admin/: its page, the configuration generated from the
 * schemas, the admin script (bundled here with esbuild) and Decap CMS's own prebuilt files from
 * node_modules, so the CMS loads from this origin only, at the version package-lock.json pins.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { ADMIN_PATH } from '#features/security/index.ts';
import { adminPage } from './admin-page.ts';
import { cmsConfigYaml, type CmsConfigOptions } from './cms-config.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Decap's bundle and the chunks and WebAssembly it loads on demand (not its source maps). */
export function decapFiles(): { dir: string; files: string[] } {
  const dir = path.join(path.dirname(createRequire(import.meta.url).resolve('decap-cms/package.json')), 'dist');
  const files = readdirSync(dir)
    .filter((name) => /^(?:\d+\.)?decap-cms\.js$|\.wasm$|^decap-cms\.js\.LICENSE\.txt$/.test(name))
    .sort();
  return { dir, files };
}

/** The site's style sheets, as a built story page links them: the previews use the same. */
export function siteStyleSheets(siteDir: string): string[] {
  const page = ['it', 'en']
    .map((lang) => path.join(siteDir, lang, 'index.html'))
    .map((file) => {
      try {
        return readFileSync(file, 'utf8');
      } catch {
        return '';
      }
    })
    .find(Boolean);
  return [...(page ?? '').matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((match) => match[1]!);
}

export async function adminScript(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(here, 'browser', 'admin-app.ts')],
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2022',
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

/** Writes /admin/ into `siteDir`; returns how many files it wrote. */
export async function writeAdmin(siteDir: string, options: CmsConfigOptions): Promise<number> {
  const adminDir = path.join(siteDir, ADMIN_PATH);
  rmSync(adminDir, { recursive: true, force: true });
  mkdirSync(adminDir, { recursive: true });
  writeFileSync(path.join(adminDir, 'config.yml'), cmsConfigYaml(options));
  writeFileSync(path.join(adminDir, 'admin.js'), await adminScript());
  copyFileSync(path.join(here, 'admin.css'), path.join(adminDir, 'admin.css'));
  writeFileSync(path.join(adminDir, 'index.html'), adminPage({ styleSheets: siteStyleSheets(siteDir) }));
  const decap = decapFiles();
  for (const file of decap.files) copyFileSync(path.join(decap.dir, file), path.join(adminDir, file));
  return decap.files.length + 4;
}
