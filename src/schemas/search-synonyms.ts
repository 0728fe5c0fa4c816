/**
 * The search's related words: content/search/synonyms.yaml. Each group holds words a searcher
 * may use for one idea, in Italian and in English ("acqua", "idrico", "water"); a query word
 * found in a group also searches the others, in both languages.
 */
import { z } from 'zod';
import { expected, strictObject } from './common.ts';

/** Where the file lives: content/search/ holds what the search reads besides the pages. */
export const SEARCH_CONTENT_FOLDER = 'search';
export const SYNONYMS_FILE = `content/${SEARCH_CONTENT_FOLDER}/synonyms.yaml`;

/** One word as people type it: lower case, letters (accents too), digits, hyphen or apostrophe. */
const WORD = /^[a-z0-9àáâäèéêëìíîïòóôöùúûüç'-]+$/;

const word = z
  .string({ error: expected('expected a word in lower case, e.g. "acqua"') })
  .regex(WORD, { error: 'expected one word in lower case, without spaces: write a phrase as separate groups' });

const words = (language: string) =>
  z
    .array(word, { error: expected(`expected a list of ${language} words, e.g. [acqua, idrico]`) })
    .default([])
    .describe(`Words of the group in ${language}`);

export const synonymGroupSchema = strictObject({
  it: words('Italian'),
  en: words('English'),
  note: z.string().optional().describe('Why these words belong together, when it is not obvious'),
}).refine((group) => group.it.length + group.en.length >= 2, {
  error: 'a group needs at least two words (in either language): one word alone relates to nothing',
});

export const synonymsSchema = z
  .array(synonymGroupSchema, { error: expected('expected a list of groups, each starting with "- it:"') })
  .check((ctx) => {
    // A word in two groups would make the groups one: say where, so an editor merges them.
    for (const language of ['it', 'en'] as const) {
      const seen = new Map<string, number>();
      ctx.value.forEach((group, index) => {
        for (const term of group[language]) {
          const first = seen.get(term);
          if (first === undefined) seen.set(term, index);
          else
            ctx.issues.push({
              code: 'custom',
              input: term,
              path: [index, language],
              message: `"${term}" is also in group ${first + 1}: merge the two groups or keep the word in one`,
            });
        }
      });
    }
  });

export type SynonymGroup = z.output<typeof synonymGroupSchema>;
