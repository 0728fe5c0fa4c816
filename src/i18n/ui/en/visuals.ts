import type { visuals as italian } from '../it/visuals.ts';

/** English interface text: the region map, the collaboration network and the figures page. The Italian module's keys, no more, no fewer. */
export const visuals: typeof italian = {
  'map.homeTitle': 'On the map',
  'map.companiesTitle': 'Companies on the map',
  'map.centresTitle': 'Centres on the map',

  'map.lead': 'Where they are. Each marker leads to the profile; the same entries are also listed by municipality.',
  'map.italy': 'ITALY',
  'map.switzerland': 'SWITZERLAND',
  'map.ticino': 'Ticino',
  'map.list': 'List by municipality',
  'map.listSummary': (n: number) => `List by municipality (${n} ${n === 1 ? 'entry' : 'entries'})`,
  'map.notOnMap': 'Not on the map yet',
  'map.sources': 'Map data',

  'legend.companies': 'Companies',
  'legend.centres': 'Research centres',
  'legend.border': 'National border',
  'legend.lakes': 'Lakes',
  'legend.collaboration': 'Collaboration (thicker when in several stories)',

  'network.lead':
    'Who worked with whom: each line joins a company and a research centre that appear together in at least one success story. The drawing is computed once, when the site is published.',
  'network.counts': (companies: number, centres: number, collaborations: number, stories: number) =>
    `${companies} ${companies === 1 ? 'company' : 'companies'}, ${centres} ${centres === 1 ? 'centre' : 'centres'} and ${collaborations} ${collaborations === 1 ? 'collaboration' : 'collaborations'} from ${stories} success ${stories === 1 ? 'story' : 'stories'}.`,
  'network.examples':
    'The companies in the examples are fictional: the network shows the format, not real collaborations.',
  'network.empty': 'No collaborations yet: they will appear with the first success stories.',
  'network.tableTitle': 'The collaborations, one per row',
  'network.stories': 'Success stories',

  'figures.lead': 'The hub’s content in three charts. Under each chart, the same numbers in a table.',
  'figures.examples': 'The example data describe fictional companies and projects: the charts show the format.',
  'figures.none': 'No data yet.',
  'figures.sectorsTitle': 'Companies by sector and country',
  'figures.sectorsNote': 'A company working in two sectors counts in both.',
  'figures.sector': 'Sector',
  'figures.total': 'Total',
  'figures.fundingTitle': 'Success stories by funding instrument',
  'figures.funding': 'Instrument',
  'figures.notStated': 'Not stated',
  'figures.count': 'Number',
  'figures.trlTitle': 'Technology readiness (TRL) before and after',
  'figures.trlNote': 'Each arrow runs from the level a project started at to the level it reached, on the 1–9 scale.',
  'figures.story': 'Success story',
  'figures.before': 'TRL before',
  'figures.after': 'TRL after',
};
