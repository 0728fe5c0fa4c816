import { findParentProblems } from '../cross-entry.ts';
import { findBrokenReferences, type ReferenceField } from '../integrity.ts';
import { parseFieldPath, parseProblemText } from '../problem.ts';
import { defineRule } from '../rule.ts';
import { closestMatch } from '#schemas/closest-match.ts';

export const references = defineRule({
  id: 'references',
  summary: {
    en: 'The companies and research centres a success story names, the parent organisations a research centre names in `parentIds`, and the poster of a request (`postedBy`) have a profile in `content/`',
    it: 'Le imprese e i centri di ricerca citati da un caso di successo, le organizzazioni madri che un centro di ricerca indica in `parentIds` e chi pubblica una richiesta (`postedBy`) hanno una scheda in `content/`',
  },
  fixtures: ['story-unknown-company', 'centre-unknown-parent', 'request-unknown-poster'],
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
    const requests = entries.filter((entry) => entry.kind === 'requests');
    for (const request of requests) {
      const by = request.fields['postedBy'] as { company?: unknown; researchCentre?: unknown } | undefined;
      for (const field of ['company', 'researchCentre'] as const) {
        const id = by?.[field];
        const target = targets[field === 'company' ? 'companies' : 'researchCentres'];
        // An id that is not a string is the schema's to report.
        if (typeof id !== 'string' || target.known.has(id)) continue;
        const hint = closestMatch(id, [...target.known]);
        problems.push(
          `${request.file}: field "postedBy.${field}": no ${target.noun} with id "${id}" in ${target.folder}` +
            (hint ? ` (did you mean "${hint}"?)` : ` (ids are file names there, without the extension)`),
        );
      }
    }
    const sources = new Map([...stories, ...centres, ...requests].map((entry) => [entry.file, entry.source]));
    for (const text of problems) {
      const { file, field, detail } = parseProblemText(text);
      report('error', file, field ? sources.get(file)?.lineOf(parseFieldPath(field)) : undefined, detail);
    }
  },
});
