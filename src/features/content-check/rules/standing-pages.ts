import { standingPageSlugs } from '../content-kinds.ts';
import { defineRule } from '../rule.ts';

const messages = {
  missing: () => 'is missing: the site shows this page, in at least one language',
  noPage: (slug: string) =>
    `the site has no page for "${slug}" (only ${standingPageSlugs.join(', ')}): ask a developer to add one, or move the text into an existing page`,
};

export const standingPages = defineRule({
  id: 'standing-pages',
  summary: {
    en: 'The standing pages (about, contribute, privacy) exist in at least one language, and `content/pages/` holds no other',
    it: 'Le pagine fisse (about, contribute, privacy) esistono in almeno una lingua, e `content/pages/` non ne contiene altre',
  },
  fixtures: ['page-missing'],
  messages,
  check({ entries }, report) {
    const pages = entries.filter((entry) => entry.kind === 'pages');
    for (const slug of standingPageSlugs) {
      if (!pages.some((page) => page.id === slug))
        report('error', `content/pages/it/${slug}.mdx`, undefined, messages.missing());
    }
    for (const page of pages) {
      if (!(standingPageSlugs as readonly string[]).includes(page.id))
        report('warning', page.file, undefined, messages.noPage(page.id));
    }
  },
});
