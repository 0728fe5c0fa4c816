import type { requests as italian } from '../it/requests.ts';

/** English interface text: the requests and offers board. The Italian module's keys, no more, no fewer. */
export const requests: typeof italian = {
  'nav.requests': 'Requests',
  'type.request': 'Request or offer',
  'example.requestBadge': 'Example request',
  'example.requestNote':
    'A fictional request, posted by an example company to show how the board works. It describes no real need: expressing interest writes to the PMI Network desk.',

  'requests.title': 'Requests and offers',
  'requests.lead':
    'Companies and research centres of Lecco and Ticino looking for a technology, a research partner or a supplier, or offering a technology. Each stays on the board until it expires.',
  'requests.asOf': (date: string) => `Active as of ${date}; expired ones are no longer listed.`,
  'requests.filters': 'Filter the requests',
  'requests.filter.all': 'All',
  'requests.filter.kind': 'Kind',
  'requests.filter.country': 'Country',
  'requests.filter.country.IT': 'Italy',
  'requests.filter.country.CH': 'Switzerland',
  'requests.filtered.kind': (kind: string) => `Requests and offers: ${kind}`,
  'requests.filtered.country': (country: string) => `Requests and offers: ${country}`,
  'requests.filtered.lead': 'The active entries of this kind or from this country.',
  'requests.active': 'On the board',
  'requests.empty': 'Nothing of this kind is on the board now.',
  'requests.kind.technology-request': 'Technology request',
  'requests.kind.technology-offer': 'Technology offer',
  'requests.kind.rd-partner-search': 'R&D partner search',
  'requests.kind.business-cooperation': 'Business cooperation',
  'requests.postedBy': 'Posted by',
  'requests.desk': 'PMI Network desk',
  'requests.posted': 'Posted on',
  'requests.expires': 'Expires on',
  'requests.expiresOn': (date: string) => `on the board until ${date}`,
  'requests.country': 'Country',
  'requests.sectors': 'Sectors',
  'requests.expertise': 'Expertise',
  'requests.expired': 'This entry is no longer on the board',
  'requests.expiredBody': (date: string) =>
    `It expired on ${date} or was closed by whoever posted it. We keep this page so that links already shared still work; the active entries are on the board.`,
  'requests.backToBoard': 'Back to the board',
  'requests.matchingCentres': 'Research centres that could answer',
  'requests.matchingCentresLead': 'Centres whose expertise matches that of the request.',
  'requests.matchingCompanies': 'Companies that could be interested or answer',
  'requests.matchingCompaniesLead':
    'Companies looking for what is offered, or able to do what is sought, in the same expertise areas.',
  'requests.noMatches': 'No matches yet.',
  'requests.propose': 'Want to post a request or an offer?',
  'requests.proposeLink': 'Propose it with the form',
  'requests.home': 'Requests and offers on the board',
  'requests.homeLead': 'Companies and centres looking for a partner or offering a technology.',
};
