/** Italian interface text. The English file must have exactly the same keys (checked by its type). */
export const it = {
  'site.name': 'PMI Network',
  'site.title': 'PMI Network – Hub della conoscenza',
  'site.tagline': 'Ricerca e imprese tra Lecco e il Ticino',
  'site.description':
    'Casi di successo, centri di ricerca, imprese e guide sulla proprietà intellettuale per le PMI della provincia di Lecco e del Canton Ticino.',

  'nav.label': 'Navigazione principale',
  'nav.home': 'Home',
  'nav.caseStudies': 'Casi di successo',
  'nav.researchCentres': 'Centri di ricerca',
  'nav.companies': 'Imprese',
  'nav.expertise': 'Competenze',
  'nav.ipGuides': 'Proprietà intellettuale',
  'nav.about': 'Il progetto',
  'nav.contribute': 'Contribuisci',
  'nav.breadcrumbs': 'Percorso',

  'a11y.skipToContent': 'Vai al contenuto',
  'a11y.languageSwitch': 'Read this page in English',
  'a11y.languageSwitchShort': 'English',
  'a11y.externalLink': '(sito esterno)',

  'translation.missing.title': 'Non ancora tradotto',
  'translation.missing.body':
    'Questo contenuto non è ancora disponibile in italiano: lo mostriamo nella versione inglese.',
  'translation.field': 'Testo disponibile solo in inglese.',

  'example.companyBadge': 'Profilo di esempio',
  'example.companyNote':
    'Impresa fittizia, creata per mostrare come sarà un profilo. Nome, dati e attività non corrispondono ad alcuna impresa reale.',
  'example.storyBadge': 'Storia di esempio',
  'example.storyNote':
    'Storia illustrativa con imprese fittizie, scritta per mostrare il formato. I centri di ricerca citati sono reali, ma questo progetto non è avvenuto.',

  'home.heroTitle': 'Trova chi può aiutare la tua impresa a innovare',
  'home.heroLead':
    'Il punto d’incontro tra le PMI della provincia di Lecco e del Canton Ticino e il mondo della ricerca: casi reali, competenze, laboratori e guide pratiche sulla proprietà intellettuale.',
  'home.entry.stories.title': 'Casi di successo',
  'home.entry.stories.body':
    'Come altre imprese hanno risolto un problema con un centro di ricerca: risultati, costi, TRL.',
  'home.entry.expertise.title': 'Trova competenze',
  'home.entry.expertise.body': 'Dalla tua esigenza ai laboratori, ai centri e alle imprese che se ne occupano.',
  'home.entry.ip.title': 'Proteggi le tue idee',
  'home.entry.ip.body': 'Brevetti, marchi, segreti: che cosa conviene in Italia, in Svizzera e in Europa.',
  'home.latestStories': 'Ultimi casi di successo',
  'home.centres': 'Centri di ricerca e innovazione',
  'home.allStories': 'Tutti i casi di successo',
  'home.allCentres': 'Tutti i centri',
  'home.aboutTitle': 'Che cos’è PMI Network',
  'home.aboutBody':
    'Un’iniziativa del programma Interreg Italia–Svizzera che ha messo in rete imprese, università, centri di ricerca e associazioni tra Lecco e il Ticino. Questo hub ne raccoglie e ne aggiorna le conoscenze.',
  'home.aboutLink': 'Scopri il progetto',

  'list.count': (n: number) => (n === 1 ? '1 voce' : `${n} voci`),
  'list.empty': 'Ancora nessuna voce.',

  'caseStudies.title': 'Casi di successo',
  'caseStudies.lead':
    'Collaborazioni tra PMI e ricerca nella regione: il problema, la soluzione, i risultati misurati e che cosa è successo alla proprietà intellettuale.',
  'caseStudy.challengeFacts': 'In sintesi',
  'caseStudy.companies': 'Imprese',
  'caseStudy.researchCentres': 'Partner di ricerca',
  'caseStudy.funding': 'Finanziamento',
  'caseStudy.trl': 'Maturità tecnologica (TRL)',
  'caseStudy.trlChange': (before: number, after: number) => `da ${before} a ${after}`,
  'caseStudy.ipOutcome': 'Proprietà intellettuale',
  'caseStudy.results': 'Risultati misurati',
  'caseStudy.metric': 'Indicatore',
  'caseStudy.before': 'Prima',
  'caseStudy.after': 'Dopo',
  'caseStudy.date': 'Data',
  'caseStudy.sectors': 'Settori',
  'caseStudy.expertise': 'Competenze',

  'ipOutcome.patent-filed': 'Domanda di brevetto depositata',
  'ipOutcome.patent-granted': 'Brevetto concesso',
  'ipOutcome.utility-model': 'Modello di utilità',
  'ipOutcome.design': 'Design registrato',
  'ipOutcome.trademark': 'Marchio registrato',
  'ipOutcome.licence': 'Licenza',
  'ipOutcome.trade-secret': 'Segreto commerciale',
  'ipOutcome.open-publication': 'Pubblicazione aperta',
  'ipOutcome.none': 'Nessuna tutela specifica',

  'companies.title': 'Imprese',
  'companies.lead':
    'Profili curati di imprese della provincia di Lecco e del Canton Ticino: che cosa sanno fare, che cosa offrono e che cosa cercano.',
  'company.offers': 'Che cosa offre',
  'company.seeks': 'Che cosa cerca',
  'company.capabilities': 'Competenze',
  'company.sectors': 'Settori',
  'company.location': 'Sede',
  'company.size': 'Dimensione',
  'company.founded': 'Fondata nel',
  'company.certifications': 'Certificazioni',
  'company.languages': 'Lingue di lavoro',
  'company.website': 'Sito web',
  'company.stories': 'Casi di successo con questa impresa',
  'company.matchingCentres': 'Centri di ricerca che possono aiutare',
  'company.matchingCentresLead': 'Centri la cui competenza corrisponde a ciò che questa impresa cerca.',
  'company.complementary': 'Imprese con capacità complementari',
  'company.noMatches': 'Nessuna corrispondenza per ora.',
  'size.micro': 'Micro (meno di 10 addetti)',
  'size.small': 'Piccola (10–49 addetti)',
  'size.medium': 'Media (50–249 addetti)',
  'size.large': 'Grande (250 addetti e oltre)',

  'centres.title': 'Centri di ricerca e innovazione',
  'centres.lead':
    'Università, istituti, laboratori e organizzazioni di supporto dell’area Lecco–Como–Ticino: competenze, attrezzature, servizi e come accedervi.',
  'centre.type': 'Tipo',
  'centre.parent': 'Fa parte di',
  'centre.location': 'Sede',
  'centre.expertise': 'Competenze',
  'centre.sectors': 'Settori serviti',
  'centre.services': 'Servizi per le imprese',
  'centre.equipment': 'Attrezzature e laboratori',
  'centre.access': 'Accesso',
  'centre.howToEngage': 'Come collaborare',
  'centre.website': 'Sito ufficiale',
  'centre.stories': 'Casi di successo con questo centro',
  'centre.matchingCompanies': 'Imprese che potrebbero averne bisogno',
  'centre.matchingCompaniesLead': 'Imprese che cercano competenze offerte da questo centro.',
  'orgType.university': 'Università',
  'orgType.applied-sciences-university': 'Scuola universitaria professionale',
  'orgType.public-research-institute': 'Istituto pubblico di ricerca',
  'orgType.laboratory': 'Laboratorio',
  'orgType.technology-transfer-office': 'Ufficio di trasferimento tecnologico',
  'orgType.technology-park': 'Parco tecnologico',
  'orgType.innovation-agency': 'Agenzia per l’innovazione',
  'orgType.business-association': 'Associazione di imprese',

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
  'jurisdiction.IT': 'Italia',
  'jurisdiction.CH': 'Svizzera',
  'jurisdiction.EU': 'Unione europea',
  'jurisdiction.INT': 'Internazionale',

  'expertise.title': 'Competenze',
  'expertise.lead':
    'Parti da ciò che ti serve: per ogni area trovi i centri che la offrono, le imprese che la praticano o la cercano e i casi in cui è stata usata.',
  'expertise.centres': 'Centri di ricerca',
  'expertise.companies': 'Imprese',
  'expertise.stories': 'Casi di successo',
  'expertise.counts': (centres: number, companies: number, stories: number) =>
    `${centres} ${centres === 1 ? 'centro' : 'centri'} · ${companies} ${companies === 1 ? 'impresa' : 'imprese'} · ${stories} ${stories === 1 ? 'caso' : 'casi'}`,
  'expertise.none': 'Nessuna voce per quest’area.',

  'match.shares': 'In comune:',
  'match.score': (score: number) => `punteggio ${score}`,

  'facts.reviewed': 'Verificato il',
  'facts.reviewedBy': 'da',
  'facts.sources': 'Fonti',
  'facts.region': 'Territorio',
  'facts.country.IT': 'Italia',
  'facts.country.CH': 'Svizzera',
  'facts.languages': 'Lingue',
  'facts.contact': 'Contatti',

  'language.it': 'italiano',
  'language.en': 'inglese',
  'language.de': 'tedesco',
  'language.fr': 'francese',

  'footer.interreg':
    'PMI Network è stato finanziato dal programma di cooperazione Interreg V-A Italia–Svizzera 2014–2020.',
  'footer.content': 'Contenuti verificati dalla redazione; ogni scheda indica fonti e data di verifica.',
  'footer.examples': 'Le schede segnate “di esempio” descrivono imprese e progetti fittizi.',
  'footer.nav': 'Collegamenti a piè di pagina',

  'chooser.title': 'PMI Network – Hub della conoscenza',
  'chooser.lead': 'Scegli la lingua',

  'notFound.title': 'Pagina non trovata',
  'notFound.body': 'La pagina che cerchi non esiste o è stata spostata.',
  'notFound.home': 'Vai alla home in italiano',
};

export type UiStrings = typeof it;
