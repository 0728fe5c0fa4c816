/** The build's requests and offers, on the build date (PMI_BUILD_DATE, or the day in Lecco and Ticino). */
import { getRequests, type RequestRecord } from '#collections/requests.ts';
import { siteDate } from '#features/facts/astro.ts';
import { isListed } from '#schemas/requests.ts';
import { boardOn, type RequestFilter } from './listing.ts';

export { getRequests, siteDate };

export async function boardOnBuildDate(filter: RequestFilter = {}): Promise<RequestRecord[]> {
  return boardOn(await getRequests(), siteDate, filter);
}

/** Whether the request is on the board on the build date: its page is indexed and offers contact. */
export function listedOnBuildDate(request: RequestRecord): boolean {
  return isListed(request, siteDate);
}
