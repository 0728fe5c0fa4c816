/** Italian interface text: the filters of the success stories. */
export const storyFilters = {
  'storyFilters.toggle': 'Filtra i casi di successo',
  'storyFilters.nav': 'Filtri dei casi di successo',
  'storyFilters.all': 'Tutti i casi di successo',
  'storyFilters.facet.ip-outcome': 'Proprietà intellettuale',
  'storyFilters.facet.funding': 'Finanziamento',
  'storyFilters.facet.trl-gain': 'Avanzamento TRL',
  'storyFilters.facet.sector': 'Settore',
  'storyFilters.trlGain': (levels: number) =>
    levels === 0 ? 'TRL invariato' : levels === 1 ? '+1 livello' : `+${levels} livelli`,
  // {facet} the facet's name, {value} the value chosen.
  'storyFilters.heading': '{facet}: {value}',
  'storyFilters.title': 'Casi di successo – {facet}: {value}',
  'storyFilters.description': 'I casi di successo filtrati per {facet}: {value}.',
  'storyFilters.matching': (shown: number, total: number) =>
    `${shown === 1 ? '1 caso di successo' : `${shown} casi di successo`} su ${total}`,
  'storyFilters.reset': 'Mostra tutti i casi di successo',
};
