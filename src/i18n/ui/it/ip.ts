/** Italian interface text: the intellectual-property guides, their comparison, dated facts and the decision guide. */
export const ip = {
  'ip.title': 'Proprietà intellettuale per le PMI',
  'ip.lead':
    'Guide pratiche su brevetti, modelli di utilità, marchi, design e segreti commerciali, con le differenze tra Italia, Svizzera e Unione europea. Ogni guida indica la data della normativa e le fonti.',
  'ip.lawAsOf': 'Normativa aggiornata al',
  'ip.jurisdictions': 'Ordinamenti',
  'ip.topic': 'Tema',
  'ip.toBeChecked': 'Da verificare',
  'ip.toBeCheckedLead': 'Su questi punti le fonti non concordano o la legge sta cambiando:',
  'ip.disclaimer':
    'Informazioni generali, non consulenza legale. Prima di decidere, rivolgiti a un consulente in proprietà industriale.',
  'ip.otherTopics': 'Altri temi',
  'ip.start': 'Da dove partire',
  'ip.compare.link': 'Italia, Svizzera e UE a confronto',
  'ip.compare.linkBody': 'I fatti essenziali fianco a fianco, con la data della normativa e la fonte di ogni dato.',
  'ip.compare.title': 'Italia, Svizzera e UE a confronto',
  'ip.compare.lead':
    'Brevetti, modelli di utilità, marchi, design e segreti: le regole principali nei tre ordinamenti che contano per un’impresa tra Lecco e il Ticino. Ogni dato ha la sua fonte; ogni riga la data della normativa e la guida che la spiega.',
  'ip.compare.caption': 'Proprietà intellettuale: Italia, Svizzera e UE a confronto',
  'ip.compare.aspect': 'Che cosa si confronta',
  'ip.compare.euColumn': 'UE e brevetto europeo',
  'ip.compare.euNote':
    'La colonna UE riguarda i titoli validi in tutta l’Unione (marchio e design UE, brevetto unitario) e il brevetto europeo rilasciato dall’EPO, che copre anche la Svizzera.',
  'ip.compare.source': 'Fonte:',
  'ip.compare.guide': 'Guida:',
  'ip.compare.flagged': (n: number) =>
    n === 1
      ? '1 dato è segnato “da verificare”: le fonti non concordano o la legge sta cambiando.'
      : `${n} dati sono segnati “da verificare”: le fonti non concordano o la legge sta cambiando.`,
  'ip.decide.link': 'Quale tutela fa per me?',
  'ip.decide.linkBody': 'Due domande, poi le guide giuste per il tuo caso.',
  'ip.decide.homePrompt': 'Non sai da dove cominciare?',
  'ip.decide.title': 'Quale tutela fa per me?',
  'ip.decide.lead':
    'Rispondi a due domande: che cosa vuoi proteggere e dove vendi o produci. Ti indichiamo le guide da leggere, con il motivo.',
  'ip.decide.step': (step: number, of: number) => `Passo ${step} di ${of}`,
  'ip.decide.needQuestion': 'Che cosa vuoi proteggere?',
  'ip.decide.marketQuestion': 'Dove vendi o produci?',
  'ip.decide.marketLead': 'Scegli il mercato più ampio che ti interessa oggi o nei prossimi anni.',
  'ip.decide.resultTitle': 'Le guide per il tuo caso',
  'ip.decide.resultLead': (need: string, market: string) => `Vuoi proteggere: ${need}. Mercato: ${market}.`,
  'ip.decide.youChose': 'Le tue risposte',
  'ip.decide.protect': 'Da proteggere',
  'ip.decide.market': 'Mercato',
  'ip.decide.change': 'cambia',
  'ip.decide.back': 'Indietro',
  'ip.decide.restart': 'Ricomincia',
  'ip.decide.allGuides': 'Tutte le guide',
  'ip.decide.adviceNote':
    'Un primo orientamento, non un parere legale: prima di depositare, parla con un consulente in proprietà industriale.',

  'fact.from': (date: string) => `dal ${date}`,
  'fact.until': (date: string) => `fino al ${date}`,
  'fact.endedOn': (date: string) => `terminato il ${date}`,
  'fact.sourceOf': (label: string) => `Fonte di “${label}”`,
  'fact.schedule.range': (first: string, firstYear: number, last: string, lastYear: number) =>
    `da ${first} (${firstYear}° anno) a ${last} (${lastYear}° anno)`,
  'fact.schedule.year': 'Anno',
  'fact.schedule.amount': 'Importo',
  'fact.schedule.yearNumber': (year: number) => `${year}°`,
  'fact.schedule.caption': (label: string, period: string) => `${label}, ${period}`,
  'fact.changes.title': 'In arrivo',
  'fact.changes.lead':
    'Questi dati della pagina cambiano a breve; il testo mostra già il valore nuovo accanto a quello attuale:',
  'fact.source': 'Fonte:',
  'fact.change.title': (date: string) => `Cambia dal ${date}`,
  'fact.change.previousTitle': (date: string) => `Regola precedente, in vigore fino al ${date}`,

  'jurisdiction.IT': 'Italia',
  'jurisdiction.CH': 'Svizzera',
  'jurisdiction.EU': 'Unione europea',
  'jurisdiction.INT': 'Internazionale',
};
