/**
 * Drops the indentation Astro leaves at the start of every line of the built pages (a fifth of
 * some pages' bytes). Astro's own compressHTML is off because it also removes the whitespace
 * between elements, which glues words together for search ("Sede</dt><dd>Lecco" → "SedeLecco");
 * this keeps every line break, so words stay apart and pages render the same. The contents of
 * <pre>, <textarea>, <script> and <style> are left as they are (the last two are hashed by the
 * Content Security Policy).
 */
import { existsSync, linkSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const preserved = /(<(pre|textarea|script|style)\b[\s\S]*?<\/\2>)/gi;

export function compactHtml(html: string): string {
  return html
    .split(preserved)
    .map((part, index) => {
      // split() with two groups yields: text, whole preserved element, its tag name, text, …
      if (index % 3 !== 0) return index % 3 === 1 ? part : '';
      return part.replace(/[ \t]*\n[ \t\n]*/g, '\n');
    })
    .join('');
}

/** Any whitespace compactHtml would change: a space or tab before a line break, or after one. */
const LOOSE_WHITESPACE = /[ \t]\n|\n[ \t\n]/;

/**
 * True when compactHtml(html) is html itself, found without compacting: compactHtml only changes
 * the runs of whitespace around a line break that are more than the line break. The pattern is
 * ASCII, and no byte of a multi-byte UTF-8 character is ASCII, so it is tested on the bytes.
 */
export function isCompact(bytes: Buffer): boolean {
  return !LOOSE_WHITESPACE.test(bytes.toString('latin1'));
}

/**
 * Replaces the copy of a page in Astro's incremental cache (`<cacheDir>/dist/<page>`, written as
 * rendered) with the compacted page, so the next build restores it compact and this pass leaves it
 * as it is. A hard link, not a second copy: the only later write into it is Astro's, when a later
 * build renders the page again, and Astro then writes its copy with the same bytes; a build that
 * stops before it finishes makes the next one drop Astro's record of its copies
 * (build-cache/site-folder.ts). Pages without a copy (rendered every build) are left alone.
 */
function keepCompacted(page: string, cachedCopy: string): void {
  if (!existsSync(cachedCopy)) return;
  const staging = `${cachedCopy}.compact-${process.pid}`;
  try {
    linkSync(page, staging);
  } catch {
    writeFileSync(staging, readFileSync(page));
  }
  try {
    renameSync(staging, cachedCopy);
  } catch (error) {
    rmSync(staging, { force: true });
    throw error;
  }
}

function htmlFilesIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Where Astro's incremental build keeps its copies of the pages (astro/dist/core/build/incremental.js). */
const INCREMENTAL_OUTPUT_DIR = 'dist';

export interface CompactOptions {
  /** Pages known to be as the last build compacted them (left in place by this one): not read. */
  leftInPlace?: (file: string) => boolean;
  /** The site's HTML files once the build has written them (absolute paths); else they are listed here. */
  htmlFiles?: () => readonly string[];
}

export function compactHtmlFiles({ leftInPlace = () => false, htmlFiles }: CompactOptions = {}): AstroIntegration {
  let incrementalCopies: string | undefined;
  return {
    name: 'pmi-network:compact-html',
    hooks: {
      'astro:config:done': ({ config }) => {
        incrementalCopies = config.experimental.incrementalBuild
          ? path.join(fileURLToPath(config.cacheDir), INCREMENTAL_OUTPUT_DIR)
          : undefined;
      },
      'astro:build:done': ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        let compacted = 0;
        let kept = 0;
        let removed = 0;
        for (const file of htmlFiles?.() ?? htmlFilesIn(siteDir)) {
          if (leftInPlace(file)) {
            kept += 1;
            continue;
          }
          const bytes = readFileSync(file);
          // A page restored from the incremental cache is compact already.
          if (isCompact(bytes)) {
            kept += 1;
            continue;
          }
          const compact = Buffer.from(compactHtml(bytes.toString('utf8')));
          if (compact.equals(bytes)) {
            kept += 1;
            continue;
          }
          writeFileSync(file, compact);
          compacted += 1;
          removed += bytes.length - compact.length;
          if (incrementalCopies) keepCompacted(file, path.join(incrementalCopies, path.relative(siteDir, file)));
        }
        logger.info(
          `HTML indentation removed: ${(removed / 1e6).toFixed(1)} MB from ${compacted} pages (${kept} compact already)`,
        );
      },
    },
  };
}
