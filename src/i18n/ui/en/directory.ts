import type { directory as italian } from '../it/directory.ts';

/** English interface text: the directory of all companies. The Italian module's keys, no more, no fewer. */
export const directory: typeof italian = {
  'directory.title': 'Company directory',
  'directory.lead':
    'Every company of the province of Lecco and the Canton of Ticino: find them by name, municipality, sector or activity.',
  'directory.companyCount': (n: number) => (n === 1 ? '1 company' : `${n.toLocaleString('en-GB')} companies`),
  'directory.exampleNotice':
    'Example data: the companies in this directory are fictional and show how the full directory will work. Names, websites and descriptions do not refer to real companies.',
  'directory.exampleBadge': 'Example data',
  'directory.mixedExampleNotice':
    'Companies marked “example” are fictional and show how the full directory will work; the others come from the public registers named at the foot of the page.',
  'directory.row.example': 'example',
  'directory.curatedNote':
    'Full profiles, with expertise and needs, are in the Companies section; this is the list of every company of the region.',
  'directory.search.title': 'Search the company directory',
  'directory.search.lead':
    'Find a company by name, municipality, activity code or keyword, and narrow down with filters.',
  'directory.search.label': 'Search for a company',
  'directory.search.placeholder': 'E.g. dyeing, Valmadrera, 25.62',
  'directory.search.needsJs':
    'Searching the directory needs JavaScript. You can browse the companies by municipality, by sector or from A to Z:',
  'directory.search.hubLink': 'Search the directory of every company of the region for “{query}”',
  'directory.search.hubHint':
    'Looking for a company without a profile? Search the directory of every company of the region.',
  'directory.browse.title': 'Browse the directory',
  'directory.browse.places': 'By municipality',
  'directory.browse.sectors': 'By sector',
  'directory.browse.az': 'A to Z',
  'directory.places.title': 'Municipalities',
  'directory.sectors.title': 'Companies by sector',
  'directory.sectors.lead':
    'Sectors follow ATECO 2007 (Italy) and NOGA 2008 (Switzerland), whose two-digit divisions are those of NACE Rev. 2.',
  'directory.sector.lead':
    'Division {code} of the classification of economic activities: companies by municipality, the largest first.',
  'directory.sector.all': 'All {n} companies in {place}',
  'directory.place.lead': '{postcodes} · {region} · {country}',
  'directory.place.divisions': 'Sectors present',
  'directory.placeDivision.title': '{division} in {place}',
  'directory.placeDivision.other': 'Other sectors in {place}',
  'directory.letter.title': 'Companies under {letter}',
  'directory.letter.titleNumber': 'Companies starting with a number or a symbol',
  'directory.letter.page': 'page {page} of {pages}',
  'directory.letters': 'Letters',
  'directory.pages': 'Pages',
  'directory.row.code': 'Activity code',
  'directory.row.size': 'Size',
  'directory.row.address': 'Municipality',
  'directory.row.website': 'Website',
  'directory.row.profile': 'Full profile',
  'directory.row.descriptionOther': 'Description in Italian',
  'directory.row.link': 'Link to this company',
  'directory.inDirectory': 'In the company directory',
  'directory.openData': 'Download the full directory (compressed CSV)',
  'directory.correction': 'Report a correction',
  'directory.totals': '{total}: {it} in the province of Lecco, {ch} in the Canton of Ticino.',
  'directory.region.lecco': 'Province of Lecco',
  'directory.region.ticino': 'Canton of Ticino',
  'directory.filter.region': 'Province or canton',
  'directory.bySize': 'By size',
  'directory.allSectors': 'All sectors',
  'directory.inSector': 'Every company of this sector',
  'directory.sector.notStatedLead':
    'Companies whose register gives no activity code (Zefix has none): we do not guess it.',
  'directory.row.source': 'Source',
  'directory.row.retrieved': 'data of',
  'directory.row.inLiquidation': 'in liquidation',
  'directory.sources.title': 'Where the data comes from',
  'directory.sources.terms': 'Terms',
};
