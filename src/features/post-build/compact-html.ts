/**
 * Drops the indentation Astro leaves at the start of every line of the built pages (a fifth of
 * some pages' bytes). Astro's own compressHTML is off because it also removes the whitespace
 * between elements, which glues words together for search ("Sede</dt><dd>Lecco" → "SedeLecco");
 * this keeps every line break, so words stay apart and pages render the same. The contents of
 * <pre>, <textarea>, <script> and <style> are left as they are (the last two are hashed by the
 * Content Security Policy).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
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

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

export function compactHtmlFiles(): AstroIntegration {
  return {
    name: 'pmi-network:compact-html',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        let before = 0;
        let after = 0;
        for (const file of htmlFiles(fileURLToPath(dir))) {
          const html = readFileSync(file, 'utf8');
          const compact = compactHtml(html);
          before += Buffer.byteLength(html);
          after += Buffer.byteLength(compact);
          if (compact !== html) writeFileSync(file, compact);
        }
        logger.info(
          `HTML indentation removed: ${((before - after) / 1e6).toFixed(1)} of ${(before / 1e6).toFixed(1)} MB`,
        );
      },
    },
  };
}
