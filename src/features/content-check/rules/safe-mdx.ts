import { defineRule } from '../rule.ts';

export const safeMdx = defineRule({
  id: 'safe-mdx',
  summary: {
    en: 'MDX text holds no code, HTML, unknown components or unsafe links: the build refuses the same',
    it: 'Il testo MDX non contiene codice, HTML, componenti sconosciuti o link non sicuri: la build rifiuta gli stessi',
  },
  fixtures: [
    'mdx-attribute-expression',
    'mdx-callout-wrong-type',
    'mdx-export-statement',
    'mdx-expression',
    'mdx-html-bold-tag',
    'mdx-html-comment',
    'mdx-http-link',
    'mdx-iframe',
    'mdx-import-paragraph',
    'mdx-javascript-link',
    'mdx-onclick-attribute',
    'mdx-remote-image',
    'mdx-script-tag',
    'mdx-unclosed-component',
    'mdx-unknown-component',
  ],
  // Worded by the safe-MDX feature, which also guards every compile of the build.
  messages: {},
  check({ entries }, report) {
    for (const entry of entries) {
      for (const problem of entry.mdx?.problems ?? []) report('error', entry.file, problem.line, problem.message);
    }
  },
});
