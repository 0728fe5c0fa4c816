import type { storyFilters as italian } from '../it/story-filters.ts';

/** English interface text: the filters of the success stories. The Italian module's keys, no more, no fewer. */
export const storyFilters: typeof italian = {
  'storyFilters.toggle': 'Filter the success stories',
  'storyFilters.nav': 'Success story filters',
  'storyFilters.all': 'All success stories',
  'storyFilters.facet.ip-outcome': 'Intellectual property',
  'storyFilters.facet.funding': 'Funding',
  'storyFilters.facet.trl-gain': 'TRL gain',
  'storyFilters.facet.sector': 'Sector',
  'storyFilters.trlGain': (levels: number) =>
    levels === 0 ? 'TRL unchanged' : levels === 1 ? '+1 level' : `+${levels} levels`,
  // {facet} the facet's name, {value} the value chosen.
  'storyFilters.heading': '{facet}: {value}',
  'storyFilters.title': 'Success stories – {facet}: {value}',
  'storyFilters.description': 'The success stories filtered by {facet}: {value}.',
  'storyFilters.matching': (shown: number, total: number) =>
    `${shown} of ${total} ${total === 1 ? 'success story' : 'success stories'}`,
  'storyFilters.reset': 'Show all success stories',
};
