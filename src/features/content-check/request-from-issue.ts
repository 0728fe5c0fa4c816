/**
 * A request or offer proposed through the repository's issue form (propose-request.yml), turned
 * into the answers `npm run new -- request --from-issue <file>` writes into content/requests/.
 * What the form cannot settle (an unknown poster, a date that is not a day) is a problem here;
 * what the content check knows better (unknown sector ids, a missing translation) is left to it,
 * so the editor gets its usual message with the closest allowed value.
 */
import type { IssueFormAnswers } from './issue-form.ts';

export interface RequestAnswers {
  kind: string;
  title: { it: string; en?: string | undefined };
  summary: { it: string; en?: string | undefined };
  sectors: string[];
  expertise: string[];
  country: 'IT' | 'CH';
  expires: string;
  postedBy: { company: string } | { researchCentre: string } | { desk: true };
  contact: string;
  sources: { title?: string | undefined; url: string }[];
}

export interface Posters {
  companyIds: readonly string[];
  centreIds: readonly string[];
}

/** "Cerca tecnologia / Technology request (technology-request)" → "technology-request". */
function optionId(answer: string): string {
  return /\(([a-z-]+)\)\s*$/.exec(answer)?.[1] ?? answer.trim();
}

const idList = (answer: string | undefined) =>
  (answer ?? '')
    .split(/[,\n]/)
    .map((id) => id.trim())
    .filter((id) => id !== '');

/** One source per line: "Title https://…", "Title – https://…" or the address alone. */
function sourceList(answer: string | undefined): { sources: RequestAnswers['sources']; problems: string[] } {
  const sources: RequestAnswers['sources'] = [];
  const problems: string[] = [];
  for (const line of (answer ?? '').split('\n').map((text) => text.trim().replace(/^[-*]\s+/, ''))) {
    if (line === '') continue;
    const url = /https:\/\/\S+/.exec(line)?.[0];
    if (!url) {
      problems.push(`"Sources" line "${line}" has no https:// address`);
      continue;
    }
    const title = line
      .replace(url, '')
      .replace(/[\s:–—-]+$/, '')
      .trim();
    sources.push({ title: title || undefined, url: url.replace(/[).,;]+$/, '') });
  }
  return { sources, problems };
}

export function requestFromIssue(
  form: IssueFormAnswers,
  posters: Posters,
): { answers?: RequestAnswers; problems: string[] } {
  const problems = [...form.problems];
  const get = (id: string) => form.answers.get(id);

  const country = get('country')?.trim();
  if (country !== undefined && country !== 'IT' && country !== 'CH') {
    problems.push(`"Country" is "${country}": expected IT or CH`);
  }
  const expires = get('expires')?.trim();
  if (expires !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(expires)) {
    problems.push(`"On the board until" is "${expires}": expected a day as YYYY-MM-DD, e.g. 2027-06-30`);
  }
  const poster = get('posted-by')?.trim();
  let postedBy: RequestAnswers['postedBy'] | undefined;
  if (poster === 'desk') postedBy = { desk: true };
  else if (poster && posters.companyIds.includes(poster)) postedBy = { company: poster };
  else if (poster && posters.centreIds.includes(poster)) postedBy = { researchCentre: poster };
  else if (poster) {
    problems.push(
      `"Posted by" is "${poster}": not a company of content/companies/ nor a centre of content/research-centres/. Create its profile first (npm run new -- company), or answer "desk"`,
    );
  }
  const { sources, problems: sourceProblems } = sourceList(get('sources'));
  problems.push(...sourceProblems);

  if (problems.length > 0 || !postedBy) return { problems };
  return {
    problems,
    answers: {
      kind: optionId(get('kind') ?? ''),
      title: { it: get('title-it') ?? '', en: get('title-en') },
      summary: { it: get('summary-it') ?? '', en: get('summary-en') },
      sectors: idList(get('sector')),
      expertise: idList(get('expertise')),
      country: country as 'IT' | 'CH',
      expires: expires as string,
      postedBy,
      contact: optionId(get('contact') ?? ''),
      sources,
    },
  };
}
