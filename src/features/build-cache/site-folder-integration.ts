/**
 * Keeps the site folder between builds (site-folder.ts): `keptSiteFolder` runs first, checks the
 * folder before the build and deletes what the build left over once the pages are written;
 * `siteFolderStamp` runs last, when every step has written its files, and records the folder.
 * Together with `vite.build.emptyOutDir: false` in astro.config.mjs.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { BUILD_INPUTS_VARIABLE } from './build-inputs.ts';
import {
  prepareSiteFolder,
  pruneSiteFolder,
  recordedPages,
  siteHtmlFiles,
  stampSiteFolder,
  stampSiteFolderPending,
  unchangedSince,
  type SiteListing,
} from './site-folder.ts';

interface Folders {
  siteDir: string;
  cacheDir: string;
}

function foldersOf(config: { outDir: URL; cacheDir: URL }): Folders {
  return { siteDir: fileURLToPath(config.outDir), cacheDir: fileURLToPath(config.cacheDir) };
}

export interface KeptSiteFolder extends AstroIntegration {
  /**
   * True for a file (absolute path) the build left as it was when it started, so a step that
   * rewrites files in place (compaction) has nothing to do for it: the last build's same step
   * ran before the folder was stamped.
   */
  leftInPlace: (file: string) => boolean;
  /**
   * The site's HTML pages (absolute paths, sorted) once the build has written and pruned them,
   * listed once for the steps after the build that read every page.
   */
  htmlPages: () => readonly string[];
}

/** `ownFolders`: top folders a later step replaces or keeps itself (the search bundles). */
export function keptSiteFolder({ ownFolders }: { ownFolders: readonly string[] }): KeptSiteFolder {
  let folders: Folders | undefined;
  let before: SiteListing = new Map();
  // Asked by several steps about the same files: what they do cannot change the answers, since
  // a file left in place is one no step writes, and the pages are listed after the prune.
  let inPlace = new Map<string, boolean>();
  let pages: string[] | undefined;
  return {
    leftInPlace: (file) => {
      if (!folders || before.size === 0) return false;
      let answer = inPlace.get(file);
      if (answer === undefined) {
        const relative = path.relative(folders.siteDir, file).split(path.sep).join('/');
        answer = unchangedSince(folders.siteDir, before, relative);
        inPlace.set(file, answer);
      }
      return answer;
    },
    htmlPages: () => (pages ??= siteHtmlFiles(folders!.siteDir)),
    name: 'pmi-network:kept-site-folder',
    hooks: {
      'astro:config:done': ({ config }) => {
        folders = foldersOf(config);
      },
      'astro:build:start': ({ logger }) => {
        const { siteDir, cacheDir } = folders!;
        const prepared = prepareSiteFolder(siteDir, cacheDir);
        before = prepared.listing;
        inPlace = new Map();
        pages = undefined;
        logger.info(
          prepared.kept
            ? `Site folder kept from the last build (${before.size} files)`
            : 'Site folder emptied: it is not the one the last finished build left',
        );
      },
      'astro:build:done': ({ logger }) => {
        const { siteDir, cacheDir } = folders!;
        const pruned = pruneSiteFolder(siteDir, before, { reused: recordedPages(cacheDir), ownFolders });
        pages = undefined;
        if (pruned > 0) logger.info(`Files of the last build this one does not make: ${pruned} removed`);
      },
    },
  };
}

export interface SiteFolderStampOptions {
  /**
   * True when a step after the build writes into the folder and records it then
   * (scripts/index-site.ts, restampSiteFolder): the build records only that it ended.
   */
  recordedAfter?: boolean;
}

export function siteFolderStamp({ recordedAfter = false }: SiteFolderStampOptions = {}): AstroIntegration {
  let folders: Folders | undefined;
  return {
    name: 'pmi-network:site-folder-stamp',
    hooks: {
      'astro:config:done': ({ config }) => {
        folders = foldersOf(config);
      },
      // The hash of the inputs, from scripts/astro.ts: a later build of the same inputs has nothing to do.
      'astro:build:done': () =>
        (recordedAfter ? stampSiteFolderPending : stampSiteFolder)(
          folders!.siteDir,
          folders!.cacheDir,
          process.env[BUILD_INPUTS_VARIABLE],
        ),
    },
  };
}
