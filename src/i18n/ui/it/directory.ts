/** Italian interface text: the directory of all companies. */
export const directory = {
  'directory.title': 'Elenco delle imprese',
  'directory.lead':
    'Tutte le imprese della provincia di Lecco e del Canton Ticino: cercale per nome, comune, settore o attività.',
  'directory.companyCount': (n: number) => (n === 1 ? '1 impresa' : `${n.toLocaleString('it-IT')} imprese`),
  'directory.exampleNotice':
    'Dati di esempio: le imprese di questo elenco sono inventate e mostrano come funzionerà l’elenco completo. Nomi, siti e descrizioni non si riferiscono a imprese reali.',
  'directory.exampleBadge': 'Dati di esempio',
  'directory.mixedExampleNotice':
    'Le imprese segnate «esempio» sono inventate e mostrano come funzionerà l’elenco completo; le altre vengono dai registri pubblici indicati in fondo alla pagina.',
  'directory.row.example': 'esempio',
  'directory.curatedNote':
    'I profili completi, con competenze e bisogni, sono nella sezione Imprese; qui c’è l’elenco di tutte le imprese del territorio.',
  'directory.search.title': 'Cerca nell’elenco delle imprese',
  'directory.search.lead':
    'Cerca un’impresa per nome, comune, codice di attività o parola chiave, e restringi con i filtri.',
  'directory.search.label': 'Cerca un’impresa',
  'directory.search.placeholder': 'Es. tintoria, Valmadrera, 25.62',
  'directory.search.needsJs':
    'La ricerca nell’elenco ha bisogno di JavaScript. Puoi sfogliare le imprese per comune, per settore o in ordine alfabetico:',
  'directory.search.hubLink': 'Cerca “{query}” nell’elenco di tutte le imprese della regione',
  'directory.search.hubHint':
    'Cerchi un’impresa che non ha un profilo? Cerca nell’elenco di tutte le imprese della regione.',
  'directory.browse.title': 'Sfoglia l’elenco',
  'directory.browse.places': 'Per comune',
  'directory.browse.sectors': 'Per settore',
  'directory.browse.az': 'Dalla A alla Z',
  'directory.places.title': 'Comuni',
  'directory.sectors.title': 'Imprese per settore',
  'directory.sectors.lead':
    'Settori secondo la classificazione ATECO 2007 (Italia) e NOGA 2008 (Svizzera), che per le divisioni a due cifre coincidono con la NACE Rev. 2.',
  'directory.sector.lead':
    'Divisione {code} della classificazione delle attività economiche: le imprese per comune, le più grandi per prime.',
  'directory.sector.all': 'Tutte le {n} imprese a {place}',
  'directory.place.lead': '{postcodes} · {region} · {country}',
  'directory.place.divisions': 'Settori presenti',
  'directory.placeDivision.title': '{division} a {place}',
  'directory.placeDivision.other': 'Altri settori a {place}',
  'directory.letter.title': 'Imprese con la lettera {letter}',
  'directory.letter.titleNumber': 'Imprese che iniziano con un numero o un simbolo',
  'directory.letter.page': 'pagina {page} di {pages}',
  'directory.letters': 'Lettere',
  'directory.pages': 'Pagine',
  'directory.row.code': 'Codice attività',
  'directory.row.size': 'Dimensione',
  'directory.row.address': 'Comune',
  'directory.row.website': 'Sito',
  'directory.row.profile': 'Profilo completo',
  'directory.row.descriptionOther': 'Descrizione in inglese',
  'directory.row.link': 'Link a questa impresa',
  'directory.inDirectory': 'Nell’elenco delle imprese',
  'directory.openData': 'Scarica l’elenco completo (CSV compresso)',
  'directory.correction': 'Segnala una correzione',
  'directory.totals': '{total}: {it} in provincia di Lecco, {ch} in Canton Ticino.',
  'directory.region.lecco': 'Provincia di Lecco',
  'directory.region.ticino': 'Canton Ticino',
  'directory.filter.region': 'Provincia o cantone',
  'directory.bySize': 'Per dimensione',
  'directory.allSectors': 'Tutti i settori',
  'directory.inSector': 'Tutte le imprese di questo settore',
  'directory.sector.notStatedLead':
    'Imprese il cui registro non indica il codice di attività (Zefix non ne ha): non lo deduciamo.',
  'directory.row.source': 'Fonte',
  'directory.row.retrieved': 'dati del',
  'directory.row.inLiquidation': 'in liquidazione',
  'directory.sources.title': 'Da dove vengono i dati',
  'directory.sources.terms': 'Condizioni',
};
