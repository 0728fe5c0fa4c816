/**
 * Drops the indentation Astro leaves at the start of every line of the built pages (a fifth of
 * some pages' bytes). Astro's own compressHTML is off because it also removes the whitespace
 * between elements, which glues words together for search ("Sede</dt><dd>Lecco" → "SedeLecco");
 * this keeps every line break, so words stay apart and pages render the same. The contents of
 * <pre>, <textarea>, <script> and <style> are left as they are (the last two are hashed by the
 * Content Security Policy).
 */
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

/** Compacts every HTML page as it is rendered (compact-middleware.ts), cached pages included. */
export function compactHtmlPages(): AstroIntegration {
  return {
    name: 'pmi-network:compact-html',
    hooks: {
      'astro:config:setup': ({ addMiddleware }) => {
        addMiddleware({ entrypoint: new URL('./compact-middleware.ts', import.meta.url), order: 'post' });
      },
    },
  };
}
