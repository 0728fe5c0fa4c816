import { factIdsIn, factsWithValue, findTypedFigures, withoutFactTokens } from '#features/facts/index.ts';
import { closestMatch } from '#schemas/closest-match.ts';
import { fieldPath } from '#schemas/format-issues.ts';
import { defineRule } from '../rule.ts';

/** `pays` shows facts; the title and summary are plain text, so an amount has no place there. */
const PAYS = 'pays';
const PLAIN_FIELDS = new Set(['title', 'summary']);

const messages = {
  typedAmount: (field: string, text: string, candidates: readonly string[]) =>
    `field "${field}": "${text}" is an amount typed into the text: the amounts of a call come from content/facts/, so that a change is made in one place; ` +
    (candidates.length > 0
      ? `write ${candidates.map((id) => `{fact:${id}}`).join(' or ')} instead (the fact${candidates.length > 1 ? 's' : ''} with this value)`
      : 'add it as a fact in content/facts/ (with its official source and the dates it applies) and write {fact:its.id} instead'),
  amountOutsidePays: (field: string, text: string) =>
    `field "${field}": "${text}" is an amount typed into a text that cannot show facts: leave it out here and give it in "pays" with {fact:<id>} (content/facts/)`,
  unknownFact: (field: string, id: string, hint: string | undefined) =>
    `field "${field}": {fact:${id}} names the fact "${id}", which does not exist in content/facts/${hint ? ` (did you mean "${hint}"?)` : ': add it there, with its source and dates, or correct the id'}`,
};

export const callAmounts = defineRule({
  id: 'call-amounts',
  summary: {
    en: 'What a funding call pays comes from the facts (`{fact:<id>}`), never typed, and every fact it names exists',
    it: 'Quanto paga un bando viene dai dati (`{fact:<id>}`), mai scritto a mano, e ogni dato citato esiste',
  },
  fixtures: ['call-typed-amount'],
  messages,
  check({ entries, facts: { reading } }, report) {
    // An invalid fact still counts as declared, so only the facts rule reports it.
    const declared = new Set(reading.facts.keys());
    for (const source of reading.sources.values()) {
      for (const scalar of source.scalars()) {
        if (scalar.path.length === 2 && scalar.path[1] === 'id') declared.add(scalar.value);
      }
    }
    const unreadable = [...reading.sources.values()].some((source) => source.syntaxProblems.length > 0);
    for (const entry of entries) {
      if (entry.kind !== 'calls') continue;
      for (const scalar of entry.source?.scalars() ?? []) {
        const [first] = scalar.path;
        if (typeof first !== 'string') continue;
        const field = fieldPath(scalar.path);
        if (PLAIN_FIELDS.has(first)) {
          for (const figure of findTypedFigures(scalar.value)) {
            if (figure.kind === 'money') {
              report(
                'error',
                entry.file,
                scalar.line,
                messages.amountOutsidePays(field, figure.text.replace(/\s+/g, ' ')),
              );
            }
          }
          continue;
        }
        if (first !== PAYS) continue;
        for (const id of factIdsIn(scalar.value)) {
          if (!unreadable && !declared.has(id)) {
            report('error', entry.file, scalar.line, messages.unknownFact(field, id, closestMatch(id, [...declared])));
          }
        }
        for (const figure of findTypedFigures(withoutFactTokens(scalar.value))) {
          if (figure.kind !== 'money') continue;
          const text = figure.text.replace(/\s+/g, ' ');
          report(
            'error',
            entry.file,
            scalar.line,
            messages.typedAmount(field, text, factsWithValue(figure, reading.facts.values())),
          );
        }
      }
    }
  },
});
