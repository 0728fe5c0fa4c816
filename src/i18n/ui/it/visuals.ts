/** Italian interface text: the region map, the collaboration network and the figures page. */
export const visuals = {
  'map.homeTitle': 'Sulla mappa',
  'map.companiesTitle': 'Le imprese sulla mappa',
  'map.centresTitle': 'I centri sulla mappa',

  'map.lead': 'Dove si trovano. Ogni punto porta alla scheda; le stesse voci sono elencate anche per comune.',
  'map.italy': 'ITALIA',
  'map.switzerland': 'SVIZZERA',
  'map.ticino': 'Ticino',
  'map.list': 'Elenco per comune',
  'map.listSummary': (n: number) => `Elenco per comune (${n} ${n === 1 ? 'voce' : 'voci'})`,
  'map.notOnMap': 'Non ancora sulla mappa',
  'map.sources': 'Dati cartografici',

  'legend.companies': 'Imprese',
  'legend.centres': 'Centri di ricerca',
  'legend.border': 'Confine di Stato',
  'legend.lakes': 'Laghi',
  'legend.collaboration': 'Collaborazione (più spessa se in più casi)',

  'network.lead':
    'Chi ha lavorato con chi: ogni linea unisce un’impresa e un centro di ricerca che compaiono insieme in almeno un caso di successo. Il disegno è calcolato una volta, quando il sito viene pubblicato.',
  'network.counts': (companies: number, centres: number, collaborations: number, stories: number) =>
    `${companies} ${companies === 1 ? 'impresa' : 'imprese'}, ${centres} ${centres === 1 ? 'centro' : 'centri'} e ${collaborations} ${collaborations === 1 ? 'collaborazione' : 'collaborazioni'} da ${stories} ${stories === 1 ? 'caso' : 'casi'} di successo.`,
  'network.examples': 'Le imprese degli esempi sono fittizie: la rete mostra il formato, non collaborazioni reali.',
  'network.empty': 'Nessuna collaborazione ancora: compariranno con i primi casi di successo.',
  'network.tableTitle': 'Le collaborazioni, una per riga',
  'network.stories': 'Casi di successo',

  'figures.lead': 'I contenuti dell’hub in tre grafici. Sotto ogni grafico, gli stessi numeri in una tabella.',
  'figures.examples': 'I dati di esempio descrivono imprese e progetti fittizi: i grafici mostrano il formato.',
  'figures.none': 'Ancora nessun dato.',
  'figures.sectorsTitle': 'Imprese per settore e Paese',
  'figures.sectorsNote': 'Un’impresa attiva in due settori conta in entrambi.',
  'figures.sector': 'Settore',
  'figures.total': 'Totale',
  'figures.fundingTitle': 'Casi di successo per strumento di finanziamento',
  'figures.funding': 'Strumento',
  'figures.notStated': 'Non indicato',
  'figures.count': 'Numero',
  'figures.trlTitle': 'Maturità tecnologica (TRL) prima e dopo',
  'figures.trlNote': 'Ogni freccia va dal livello di partenza a quello raggiunto, sulla scala da 1 a 9.',
  'figures.story': 'Caso di successo',
  'figures.before': 'TRL prima',
  'figures.after': 'TRL dopo',
};
