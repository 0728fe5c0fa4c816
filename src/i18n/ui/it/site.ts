/** Italian interface text: the site's frame: its name, navigation, home page, footer and language names. */
export const site = {
  'site.name': 'PMI Network',
  'site.title': 'PMI Network – Hub della conoscenza',
  'site.tagline': 'Ricerca e imprese tra Lecco e il Ticino',
  'site.description':
    'Casi di successo, centri di ricerca, imprese e guide sulla proprietà intellettuale per le PMI della provincia di Lecco e del Canton Ticino.',

  'nav.label': 'Navigazione principale',
  'nav.menu': 'Menu',
  'nav.home': 'Home',
  'nav.caseStudies': 'Casi di successo',
  'nav.researchCentres': 'Centri di ricerca',
  'nav.companies': 'Imprese',
  'nav.expertise': 'Competenze',
  'nav.ipGuides': 'Proprietà intellettuale',
  'nav.about': 'Il progetto',
  'nav.contribute': 'Contribuisci',
  'nav.breadcrumbs': 'Percorso',
  'nav.openData': 'Dati aperti',
  'nav.network': 'Rete delle collaborazioni',
  'nav.figures': 'In cifre',
  'nav.directory': 'Elenco imprese',

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

  'language.it': 'italiano',
  'language.en': 'inglese',
  'language.de': 'tedesco',
  'language.fr': 'francese',

  'feed.caseStudies': 'Casi di successo (RSS)',
  'feed.ipGuides': 'Guide sulla proprietà intellettuale (RSS)',

  'footer.interreg':
    'PMI Network è stato finanziato dal programma di cooperazione Interreg V-A Italia–Svizzera 2014–2020.',
  'footer.content': 'Contenuti verificati dalla redazione; ogni scheda indica fonti e data di verifica.',
  'footer.examples': 'Le schede segnate “di esempio” descrivono imprese e progetti fittizi.',
  'footer.nav': 'Collegamenti a piè di pagina',
  'footer.privacy': 'Privacy',

  'chooser.title': 'PMI Network – Hub della conoscenza',
  'chooser.lead': 'Scegli la lingua',

  'notFound.title': 'Pagina non trovata',
  'notFound.body': 'La pagina che cerchi non esiste o è stata spostata.',
  'notFound.home': 'Vai alla home in italiano',
};
