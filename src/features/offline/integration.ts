/**
 * Writes the service worker and the offline manifest after Pagefind has written its index, so
 * the worker's version and file lists describe the finished site. The version is a hash of the
 * site's files: the same content gives the same worker, a changed build a new one.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildOfflineManifest, MANIFEST_FILE, WORKER_FILE } from './offline-manifest.ts';
import { postBuildLeftOut } from '#features/post-build/index.ts';

const template = fileURLToPath(new URL('./service-worker.js', import.meta.url));
const PLACEHOLDER = 'self.__PMI_OFFLINE_BUILD__';

export interface OfflineFilesOptions {
  /** Keeps what was read of each file for the next build. */
  cacheDir?: string | undefined;
  /**
   * The files that are not the visitors' (the host's headers file, the editors' CMS), as URL
   * paths (a folder ends with "/"): whether or not they are written yet, the worker's version
   * and lists leave them out.
   */
  notForVisitors?: readonly string[] | undefined;
  /** The site's files as just listed, with their stamps (see OfflineManifestOptions); without it, listed here. */
  listing?: ReadonlyMap<string, string> | undefined;
}

/** The files writeOfflineFiles writes, as paths inside the site folder. */
export const OFFLINE_FILES: readonly string[] = [WORKER_FILE, MANIFEST_FILE];

/** Writes sw.js and the offline manifest for a built site whose search indexes exist; returns a summary. */
export function writeOfflineFiles(
  siteDir: string,
  { cacheDir, notForVisitors = [], listing }: OfflineFilesOptions = {},
): string {
  const manifest = buildOfflineManifest(siteDir, {
    excluded: [...OFFLINE_FILES.map((file) => `/${file}`), ...notForVisitors],
    cacheDir,
    listing,
  });
  const source = readFileSync(template, 'utf8');
  if (!source.includes(PLACEHOLDER)) throw new Error(`${template} lost its ${PLACEHOLDER} placeholder`);
  // The manifest is written below, after the version was computed without it; it is part of the shell.
  const shell = [...manifest.shell, `/${MANIFEST_FILE}`];
  const build = { version: manifest.version, shell, searchIndex: manifest.searchIndex };
  writeFileSync(path.join(siteDir, WORKER_FILE), source.replace(PLACEHOLDER, JSON.stringify(build)));
  writeFileSync(path.join(siteDir, MANIFEST_FILE), JSON.stringify(manifest));
  return (
    `Offline: version ${manifest.version}, ${manifest.shell.length} shell files, ` +
    `${Object.keys(manifest.sections).length} saveable sections`
  );
}

export function offlineSupport({ notForVisitors }: Pick<OfflineFilesOptions, 'notForVisitors'> = {}): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'pmi-network:offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': ({ dir, logger }) => {
        const leftOut = postBuildLeftOut('Service worker');
        if (leftOut) return logger.info(leftOut);
        logger.info(writeOfflineFiles(fileURLToPath(dir), { cacheDir, notForVisitors }));
      },
    },
  };
}
