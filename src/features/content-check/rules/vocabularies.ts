import { parseFieldPath, parseProblemText } from '../problem.ts';
import { defineRule } from '../rule.ts';

const messages = {
  missing: () => 'this vocabulary file is missing: the site needs it',
};

export const vocabularies = defineRule({
  id: 'vocabularies',
  summary: {
    en: 'Every vocabulary in `content/taxonomies/` is there, valid, and lists each id once',
    it: 'Ogni vocabolario in `content/taxonomies/` esiste, è valido ed elenca ogni id una volta sola',
  },
  fixtures: ['taxonomy-duplicate-id'],
  // Besides a missing file, the shared vocabulary reader (../vocabulary.ts) words the problems.
  messages,
  check({ vocabularies: { files, problems } }, report) {
    const byFile = new Map(files.map((vocabulary) => [vocabulary.file, vocabulary]));
    for (const { file, source } of files) if (!source) report('error', file, undefined, messages.missing());
    for (const text of problems) {
      const { file, field, detail } = parseProblemText(text);
      const source = byFile.get(file)?.source;
      // A missing or unreadable file is reported once, as such (here or by yaml-syntax).
      if (byFile.has(file) && (!source || source.syntaxProblems.length > 0)) continue;
      let line = field && source ? source.lineOf(parseFieldPath(field)) : undefined;
      const duplicate = /^id "([^"]+)" is used twice/.exec(detail)?.[1];
      if (duplicate && source) {
        line = source.scalars().filter((scalar) => scalar.path.at(-1) === 'id' && scalar.value === duplicate)[1]?.line;
      }
      report('error', file, line, detail);
    }
  },
});
