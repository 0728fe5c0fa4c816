/**
 * The requests and offers board as the pages get it: loaded once per build, each request with
 * its id, file and the organisation that posts it. A request posted after it expires, or naming
 * a company or centre without a profile, stops the build, as the content check does before it.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { postedAfterExpiry } from '#schemas/requests.ts';
import { ContentError } from '#schemas/format-issues.ts';
import { getHub, type CentreRecord, type CompanyRecord } from './hub.ts';

/** Who posted a request: a company, a research centre, or the network's desk. */
export type RequestPoster =
  { kind: 'company'; company: CompanyRecord } | { kind: 'research-centre'; centre: CentreRecord } | { kind: 'desk' };

/** `file` is the entry's path from the project root, e.g. content/requests/x.yaml. */
export type RequestRecord = CollectionEntry<'requests'>['data'] & { id: string; file: string; poster: RequestPoster };

const fileOf = (entry: { id: string; filePath?: string | undefined }) => entry.filePath ?? entry.id;

async function loadRequests(): Promise<RequestRecord[]> {
  const [entries, hub] = await Promise.all([getCollection('requests'), getHub()]);
  const problems: string[] = [];
  const requests = entries.map((entry): RequestRecord => {
    const file = fileOf(entry);
    const dates = postedAfterExpiry(entry.data);
    if (dates) problems.push(`${file}: field "posted": ${dates}`);
    const { company, researchCentre } = entry.data.postedBy;
    let poster: RequestPoster = { kind: 'desk' };
    if (company !== undefined) {
      const found = hub.companyById.get(company);
      if (found) poster = { kind: 'company', company: found };
      else problems.push(`${file}: field "postedBy.company": no company "${company}" in content/companies/`);
    } else if (researchCentre !== undefined) {
      const found = hub.centreById.get(researchCentre);
      if (found) poster = { kind: 'research-centre', centre: found };
      else
        problems.push(
          `${file}: field "postedBy.researchCentre": no research centre "${researchCentre}" in content/research-centres/`,
        );
    }
    return { ...entry.data, id: entry.id, file, poster };
  });
  if (problems.length > 0) throw new ContentError(problems);
  return requests.sort((a, b) => a.id.localeCompare(b.id));
}

let requests: Promise<RequestRecord[]> | undefined;

export function getRequests(): Promise<RequestRecord[]> {
  requests ??= loadRequests();
  return requests;
}
