import { defineRule } from '../rule.ts';

export const yamlSyntax = defineRule({
  id: 'yaml-syntax',
  summary: {
    en: 'YAML files and front matter can be read: indentation with spaces, each field once, values with `: ` in quotes',
    it: 'I file YAML e il front matter si possono leggere: rientri con spazi, ogni campo una volta, valori con `: ` tra virgolette',
  },
  fixtures: ['company-duplicate-field', 'company-yaml-tab-indent', 'company-yaml-unquoted-colon'],
  // The reader (../yaml-source.ts) explains each syntax error; the fact files report their own.
  messages: {},
  check({ entries, vocabularies, comparison, synonyms }, report) {
    const sources = [
      ...entries.map((entry) => ({ file: entry.file, source: entry.source })),
      ...vocabularies.files,
      comparison,
      synonyms,
    ];
    for (const { file, source } of sources) {
      for (const problem of source?.syntaxProblems ?? []) report('error', file, problem.line, problem.message);
    }
  },
});
