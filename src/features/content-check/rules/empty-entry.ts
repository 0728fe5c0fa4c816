import { contentKinds, type ContentKind } from '../content-kinds.ts';
import { defineRule } from '../rule.ts';

const messages = {
  noFields: () => 'has no fields: copy the fields from an existing file of the same kind, or run npm run new',
  noText: (kind: ContentKind) => `the ${contentKinds[kind].noun} has no text: write it below the closing ---`,
};

export const emptyEntry = defineRule({
  id: 'empty-entry',
  summary: {
    en: 'No entry is empty: every file has its fields, and every story and guide its text',
    it: 'Nessuna scheda è vuota: ogni file ha i suoi campi, ogni caso di successo e ogni guida il suo testo',
  },
  fixtures: ['company-empty-file', 'cms-story-saved-without-english'],
  messages,
  check({ entries }, report) {
    for (const entry of entries) {
      const readable = entry.source && entry.source.syntaxProblems.length === 0;
      if (readable && (entry.raw === null || entry.raw === undefined)) {
        report('error', entry.file, entry.firstLine, messages.noFields());
      }
      if (entry.mdx && entry.mdx.split.body.trim() === '' && entry.kind !== 'pages') {
        report('error', entry.file, entry.mdx.split.bodyLine, messages.noText(entry.kind));
      }
    }
  },
});
