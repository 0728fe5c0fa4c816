import { defineRule } from '../rule.ts';

const messages = {
  sameName: (count: number) =>
    `this page has ${count} comparisons: give each its own title, e.g. <Comparison title="Costs in Italy and Switzerland">, so that screen-reader users can tell them apart`,
};

export const comparisonTitles = defineRule({
  id: 'comparison-titles',
  summary: {
    en: 'Two comparisons on one page have different titles, so that screen-reader users can tell them apart',
    it: 'Due confronti nella stessa pagina hanno titoli diversi, perché chi usa un lettore di schermo li distingua',
  },
  fixtures: ['mdx-two-comparisons-same-name'],
  messages,
  check({ entries }, report) {
    for (const entry of entries) {
      // Each comparison is a named region of the page: two with the same name cannot be told apart.
      const comparisons = (entry.outline?.components ?? []).filter((component) => component.name === 'Comparison');
      const seenNames = new Set<string>();
      for (const comparison of comparisons) {
        // Without a title, a comparison is named after the countries it compares: the same for all.
        const name = comparison.attributes['title'] ?? '';
        if (seenNames.has(name)) report('error', entry.file, comparison.line, messages.sameName(comparisons.length));
        seenNames.add(name);
      }
    }
  },
});
