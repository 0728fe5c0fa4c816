import { defineRule } from '../rule.ts';

const messages = {
  folder: () => 'the site does not read folders here: put the CSV files directly in content/directory/',
  notCsv: () => 'the site only reads .csv files in content/directory/',
  inColumn: (column: string | undefined, message: string) => (column ? `column "${column}": ${message}` : message),
};

export const directory = defineRule({
  id: 'directory',
  summary: {
    en: 'The company directory (`content/directory/*.csv`) reads as the build reads it: its columns, codes, postcodes, ids and profiles',
    it: "L'elenco delle imprese (`content/directory/*.csv`) si legge come lo legge la build: colonne, codici, CAP, id e schede",
  },
  fixtures: [
    'directory-bad-sector-code',
    'directory-duplicate-id',
    'directory-import-bad-rows',
    'directory-import-terms-unchecked',
    'directory-postcode-outside-region',
    'directory-profile-missing',
    'directory-unknown-column',
    'directory-unquoted-comma',
  ],
  // Besides stray files, the directory's own reader (src/features/directory/) words the problems.
  messages,
  check({ directory: { strays, problems } }, report) {
    for (const { file, reason } of strays) {
      report('warning', file, undefined, reason === 'folder' ? messages.folder() : messages.notCsv());
    }
    for (const problem of problems) {
      report('error', problem.file, problem.line, messages.inColumn(problem.column, problem.message));
    }
  },
});
