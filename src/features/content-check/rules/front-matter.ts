import { defineRule } from '../rule.ts';

const messages = {
  missing: () => 'must start with front matter: a block of fields between two lines of three dashes (---)',
};

export const frontMatter = defineRule({
  id: 'front-matter',
  summary: {
    en: 'Every MDX file starts with its fields between two lines of three dashes (`---`)',
    it: 'Ogni file MDX comincia con i suoi campi tra due righe di tre trattini (`---`)',
  },
  fixtures: ['story-without-front-matter'],
  messages,
  check({ entries }, report) {
    for (const entry of entries) {
      if (entry.mdx && entry.mdx.split.frontMatter === undefined) report('error', entry.file, 1, messages.missing());
    }
  },
});
