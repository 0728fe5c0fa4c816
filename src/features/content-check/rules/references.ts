import { findParentProblems } from '../cross-entry.ts';
import { findBrokenReferences, type ReferenceField } from '../integrity.ts';
import { parseFieldPath, parseProblemText } from '../problem.ts';
import { defineRule } from '../rule.ts';

export const references = defineRule({
  id: 'references',
  summary: {
    en: 'The companies and research centres a success story names, and the parent organisations a research centre names in `parentIds`, have a profile in `content/`',
    it: 'Le imprese e i centri di ricerca citati da un caso di successo, e le organizzazioni madri che un centro di ricerca indica in `parentIds`, hanno una scheda in `content/`',
  },
  fixtures: ['story-unknown-company', 'centre-unknown-parent'],
  // Worded by ../integrity.ts, which the build uses too.
  messages: {},
  check({ entries, idsByKind }, report) {
    const targets = {
      companies: { noun: 'company', folder: 'content/companies/', known: idsByKind.get('companies')! },
      researchCentres: {
        noun: 'research centre',
        folder: 'content/research-centres/',
        known: idsByKind.get('researchCentres')!,
      },
    };
    const stories = entries.filter((entry) => entry.kind === 'caseStudies');
    const problems = findBrokenReferences(
      stories.map((story) => ({
        file: story.file,
        // A list that is not valid on its own is the schema's to report.
        fields: (['companies', 'researchCentres'] as const).flatMap((field): ReferenceField[] => {
          const refs = story.fields[field] as readonly { id: string }[] | undefined;
          return refs ? [{ field, ids: refs.map((ref) => ref.id), target: targets[field] }] : [];
        }),
      })),
    );
    const centres = entries.filter((entry) => entry.kind === 'researchCentres');
    problems.push(
      ...findParentProblems(
        centres.flatMap((centre) => {
          const parentIds = centre.fields['parentIds'] as readonly string[] | undefined;
          return parentIds ? [{ file: centre.file, parentIds }] : [];
        }),
        idsByKind.get('researchCentres')!,
      ),
    );
    const sources = new Map([...stories, ...centres].map((entry) => [entry.file, entry.source]));
    for (const text of problems) {
      const { file, field, detail } = parseProblemText(text);
      report('error', file, field ? sources.get(file)?.lineOf(parseFieldPath(field)) : undefined, detail);
    }
  },
});
