/** Italian interface text: the editorial report. */
export const editorial = {
  'report.title': 'Rapporto editoriale',
  'report.lead':
    'Che cosa chiede l’attenzione della redazione: schede da rivedere, traduzioni mancanti, fonti, profili ancora senza un caso di successo e punti aperti nelle guide.',
  'report.generated': 'Aggiornato alla pubblicazione del',
  'report.sameAs': 'Lo stesso rapporto, in formato Markdown da incollare in una pull request:',
  'report.howTo': 'Come si corregge una scheda: CONTRIBUTING.it.md',
  'report.errors': (n: number) =>
    `Il controllo dei contenuti trova ${n} ${n === 1 ? 'errore' : 'errori'}: eseguite npm run check:content.`,
  'report.summary': 'In sintesi',
  'report.none': 'Niente da segnalare.',
  'report.edit': 'Modifica il file',
  'report.example': 'Esempio',

  'report.stale': (months: number) => `Revisioni più vecchie di ${months} mesi`,
  // {field} is the name of the field to update, shown as code.
  'report.staleLead': 'Verificate fatti e fonti, poi mettete in {field} la data della verifica.',
  'report.reviewedOn': 'Ultima revisione',
  'report.monthsAgo': (n: number) => `${n} mesi fa`,
  'report.by': 'da',
  'report.missing': 'Traduzioni mancanti',
  'report.missingLead': 'Finché manca la traduzione, il sito mostra l’altra lingua con un avviso.',
  'report.missingVersion': (language: string) => `Manca la versione in ${language}`,
  'report.missingFields': (language: string) => `Testi senza versione in ${language}:`,
  'report.sources': 'Schede senza fonti',
  'report.sourcesLead': 'Chi legge non può verificare questi fatti. Solo gli esempi inventati possono non averne.',
  'report.orphans': 'Imprese e centri non citati in alcun caso di successo',
  'report.orphansLead': 'Possibili nuovi casi di successo, o profili da collegare a un caso esistente.',
  'report.open': 'Guide PI: punti ancora da verificare',
  'report.openLead': 'I lettori li vedono come «da verificare» finché la legge o le fonti non si chiariscono.',
  'report.facts': (days: number) => `Dati da ricontrollare entro ${days} giorni`,
  'report.factsLead':
    'Ogni tassa, termine e importo delle guide PI, in ordine di data di revisione. Verificate ogni regime sulla sua fonte, poi aggiornate reviewed.date e reviewBy.',
  'report.reviewBy': 'Da rivedere entro il',
  'report.overdue': (n: number) => `scaduto da ${n} ${n === 1 ? 'giorno' : 'giorni'}`,
  'report.daysLeft': (n: number) => `tra ${n} ${n === 1 ? 'giorno' : 'giorni'}`,
  'report.terms': 'Voci dei vocabolari non usate',
  'report.termsLead': 'Non è un errore; una voce che nessuno usa a lungo si può togliere.',
};
