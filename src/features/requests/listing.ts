/**
 * The board on the build date: the active requests whose expiry day has not passed, newest
 * first, and the filters by kind and by country. Expired or closed requests are never listed.
 */
import { isListed, type RequestData, type RequestKind } from '#schemas/requests.ts';

export type ListedRequest = Pick<RequestData, 'kind' | 'country' | 'posted' | 'expires' | 'status'> & { id: string };

export const requestCountries = ['IT', 'CH'] as const;
export type RequestCountry = (typeof requestCountries)[number];

export interface RequestFilter {
  kind?: RequestKind | undefined;
  country?: RequestCountry | undefined;
}

/** Active and unexpired on `today`, matching the filter; newest posted first, then by id. */
export function boardOn<Request extends ListedRequest>(
  requests: readonly Request[],
  today: Date,
  filter: RequestFilter = {},
): Request[] {
  return requests
    .filter(
      (request) =>
        isListed(request, today) &&
        (filter.kind === undefined || request.kind === filter.kind) &&
        (filter.country === undefined || request.country === filter.country),
    )
    .sort((a, b) => b.posted.getTime() - a.posted.getTime() || a.id.localeCompare(b.id));
}
