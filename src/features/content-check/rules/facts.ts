import { parseFieldPath } from '../problem.ts';
import { defineRule } from '../rule.ts';

export const facts = defineRule({
  id: 'facts',
  summary: {
    en: 'Facts are valid, named correctly and used; IP pages take figures from them instead of typing them; reviews are not overdue',
    it: 'I dati sono validi, citati con il loro id e usati; le pagine PI ne prendono le cifre invece di scriverle a mano; nessuna revisione è scaduta',
  },
  fixtures: [
    'fact-invalid-and-unknown-id',
    'fact-never-used',
    'fact-overlapping-regimes',
    'fact-schedule-missing-year',
    'fact-unknown-currency',
    'fact-unknown-id',
    'fact-valid-until-before-valid-from',
    'guide-typed-amount',
    'guide-typed-deadline',
    'guide-without-facts-or-law-date',
  ],
  // The facts feature (src/features/facts/check.ts) words its problems, the same in the build.
  messages: {},
  check({ facts: { problems }, entries }, report) {
    const sources = new Map(entries.map((entry) => [entry.file, entry.source]));
    for (const { severity, file, line, detail } of problems) {
      // A field that is missing has no line of its own: point at the fields it belongs with.
      const field = line === undefined ? /^field "([^"]+)"/.exec(detail)?.[1] : undefined;
      const fieldLine = field ? sources.get(file)?.lineOf(parseFieldPath(field)) : undefined;
      report(severity, file, line ?? fieldLine, detail);
    }
  },
});
