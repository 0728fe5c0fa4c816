import { formatIssues } from '#schemas/format-issues.ts';
import { synonymsSchema } from '#schemas/search-synonyms.ts';
import { defineRule } from '../rule.ts';

export const searchSynonyms = defineRule({
  id: 'search-synonyms',
  summary: {
    en: '`content/search/synonyms.yaml`, when there, is valid: groups of one-word, lower-case terms, each word in one group only',
    it: '`content/search/synonyms.yaml`, se c’è, è valido: gruppi di parole singole in minuscolo, ogni parola in un solo gruppo',
  },
  fixtures: ['search-synonym-in-two-groups'],
  // The schema (src/schemas/search-synonyms.ts) words the problems, as the build does.
  messages: {},
  check({ synonyms: { file, source } }, report) {
    if (!source || source.syntaxProblems.length > 0) return;
    const result = synonymsSchema.safeParse(source.data ?? []);
    for (const issue of result.error?.issues ?? []) {
      const [text] = formatIssues(file, [issue]);
      report('error', file, source.lineOf(issue.path), text!.slice(file.length + 2));
    }
  },
});
