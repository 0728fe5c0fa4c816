import { contentKindNames, contentKinds, type ContentKind } from '../content-kinds.ts';
import type { EntryFile } from '../context.ts';
import { defineRule } from '../rule.ts';

/** Names compared without case, punctuation or legal form: "Acme S.r.l." is "acme". */
function comparableName(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\b(s\.?\s?r\.?\s?l|s\.?\s?p\.?\s?a|s\.?\s?a\.?\s?s|s\.?\s?n\.?\s?c|sagl|gmbh|ag|sa)\b\.?/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const messages = {
  alreadyUsed: (kind: ContentKind, name: string, first: string) => {
    const { nameField, noun, translated } = contentKinds[kind];
    return (
      `field "${nameField}": "${name}" is already used by ${first}: ` +
      (translated
        ? `each ${noun} needs its own ${nameField}, and its translations share the file name`
        : `each ${noun} has one file; edit that one instead`)
    );
  },
};

export const duplicateNames = defineRule({
  id: 'duplicate-names',
  summary: {
    en: 'One profile per company or research centre, and one title per story, guide or page in each language',
    it: 'Una sola scheda per impresa o centro di ricerca, e un solo titolo per caso, guida o pagina in ogni lingua',
  },
  fixtures: ['company-duplicate-profile', 'story-duplicate-title'],
  messages,
  check({ entries }, report) {
    for (const kind of contentKindNames) {
      const { nameField } = contentKinds[kind];
      const seen = new Map<string, EntryFile>();
      for (const entry of entries.filter((candidate) => candidate.kind === kind)) {
        const name = entry.fields[nameField];
        if (typeof name !== 'string') continue;
        const key = `${entry.lang ?? ''}:${comparableName(name)}`;
        const first = seen.get(key);
        if (first)
          report('error', entry.file, entry.source?.lineOf([nameField]), messages.alreadyUsed(kind, name, first.file));
        else seen.set(key, entry);
      }
    }
  },
});
