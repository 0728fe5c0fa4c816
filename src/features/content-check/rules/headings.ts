import { defineRule } from '../rule.ts';

const messages = {
  topLevel: () => 'a heading with a single # repeats the page title: start headings with ## (and ### below them)',
};

export const headings = defineRule({
  id: 'headings',
  summary: {
    en: 'Headings in a text start at `##`: the page title is the only top-level heading',
    it: "I titoli nel testo cominciano da `##`: il titolo della pagina è l'unico di primo livello",
  },
  fixtures: ['mdx-top-level-heading'],
  messages,
  check({ entries }, report) {
    for (const entry of entries) {
      for (const heading of entry.outline?.headings ?? []) {
        if (heading.depth === 1) report('error', entry.file, heading.line, messages.topLevel());
      }
    }
  },
});
