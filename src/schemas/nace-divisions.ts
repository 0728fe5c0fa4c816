/** NACE Rev. 2 divisions with their Italian (ATECO 2007) and English (NACE) titles: see nace.ts. */

/** A title in the site's two languages. */
export type NaceTitle = Readonly<{ it: string; en: string }>;

export interface DivisionInfo {
  title: NaceTitle;
  /** Abridged title, when the official one is too long for a list. */
  short?: NaceTitle;
}

/** Every division of NACE Rev. 2 (88 of them: the numbers in between do not exist). */
export const naceDivisions: Readonly<Record<string, DivisionInfo>> = {
  '01': {
    title: {
      it: 'Coltivazioni agricole e produzione di prodotti animali, caccia e servizi connessi',
      en: 'Crop and animal production, hunting and related service activities',
    },
    short: { it: 'Agricoltura e allevamento', en: 'Crop and animal production' },
  },
  '02': { title: { it: 'Silvicoltura ed utilizzo di aree forestali', en: 'Forestry and logging' } },
  '03': { title: { it: 'Pesca e acquacoltura', en: 'Fishing and aquaculture' } },
  '05': { title: { it: 'Estrazione di carbone (esclusa torba)', en: 'Mining of coal and lignite' } },
  '06': {
    title: {
      it: 'Estrazione di petrolio greggio e di gas naturale',
      en: 'Extraction of crude petroleum and natural gas',
    },
  },
  '07': { title: { it: 'Estrazione di minerali metalliferi', en: 'Mining of metal ores' } },
  '08': {
    title: { it: 'Altre attività di estrazione di minerali da cave e miniere', en: 'Other mining and quarrying' },
    short: { it: 'Cave e altre attività estrattive', en: 'Other mining and quarrying' },
  },
  '09': {
    title: { it: "Attività dei servizi di supporto all'estrazione", en: 'Mining support service activities' },
  },
  '10': { title: { it: 'Industrie alimentari', en: 'Manufacture of food products' } },
  '11': { title: { it: 'Industria delle bevande', en: 'Manufacture of beverages' } },
  '12': { title: { it: 'Industria del tabacco', en: 'Manufacture of tobacco products' } },
  '13': { title: { it: 'Industrie tessili', en: 'Manufacture of textiles' } },
  '14': {
    title: {
      it: 'Confezione di articoli di abbigliamento; confezione di articoli in pelle e pelliccia',
      en: 'Manufacture of wearing apparel',
    },
    short: { it: 'Abbigliamento', en: 'Wearing apparel' },
  },
  '15': {
    title: { it: 'Fabbricazione di articoli in pelle e simili', en: 'Manufacture of leather and related products' },
  },
  '16': {
    title: {
      it: 'Industria del legno e dei prodotti in legno e sughero (esclusi i mobili); fabbricazione di articoli in paglia e materiali da intreccio',
      en: 'Manufacture of wood and of products of wood and cork, except furniture; manufacture of articles of straw and plaiting materials',
    },
    short: { it: 'Legno e prodotti in legno', en: 'Wood and wood products' },
  },
  '17': {
    title: { it: 'Fabbricazione di carta e di prodotti di carta', en: 'Manufacture of paper and paper products' },
  },
  '18': {
    title: { it: 'Stampa e riproduzione di supporti registrati', en: 'Printing and reproduction of recorded media' },
  },
  '19': {
    title: {
      it: 'Fabbricazione di coke e prodotti derivanti dalla raffinazione del petrolio',
      en: 'Manufacture of coke and refined petroleum products',
    },
  },
  '20': {
    title: { it: 'Fabbricazione di prodotti chimici', en: 'Manufacture of chemicals and chemical products' },
  },
  '21': {
    title: {
      it: 'Fabbricazione di prodotti farmaceutici di base e di preparati farmaceutici',
      en: 'Manufacture of basic pharmaceutical products and pharmaceutical preparations',
    },
    short: { it: 'Farmaceutica', en: 'Pharmaceuticals' },
  },
  '22': {
    title: {
      it: 'Fabbricazione di articoli in gomma e materie plastiche',
      en: 'Manufacture of rubber and plastic products',
    },
  },
  '23': {
    title: {
      it: 'Fabbricazione di altri prodotti della lavorazione di minerali non metalliferi',
      en: 'Manufacture of other non-metallic mineral products',
    },
    short: { it: 'Vetro, ceramica, cemento e pietra', en: 'Glass, ceramics, cement and stone' },
  },
  '24': { title: { it: 'Metallurgia', en: 'Manufacture of basic metals' } },
  '25': {
    title: {
      it: 'Fabbricazione di prodotti in metallo (esclusi macchinari e attrezzature)',
      en: 'Manufacture of fabricated metal products, except machinery and equipment',
    },
    short: { it: 'Prodotti in metallo', en: 'Fabricated metal products' },
  },
  '26': {
    title: {
      it: 'Fabbricazione di computer e prodotti di elettronica e ottica; apparecchi elettromedicali, apparecchi di misurazione e di orologi',
      en: 'Manufacture of computer, electronic and optical products',
    },
    short: { it: 'Computer, elettronica e ottica', en: 'Computer, electronic and optical products' },
  },
  '27': {
    title: {
      it: 'Fabbricazione di apparecchiature elettriche ed apparecchiature per uso domestico non elettriche',
      en: 'Manufacture of electrical equipment',
    },
    short: { it: 'Apparecchiature elettriche', en: 'Electrical equipment' },
  },
  '28': {
    title: {
      it: 'Fabbricazione di macchinari ed apparecchiature nca',
      en: 'Manufacture of machinery and equipment n.e.c.',
    },
    short: { it: 'Macchinari e apparecchiature', en: 'Machinery and equipment' },
  },
  '29': {
    title: {
      it: 'Fabbricazione di autoveicoli, rimorchi e semirimorchi',
      en: 'Manufacture of motor vehicles, trailers and semi-trailers',
    },
  },
  '30': {
    title: { it: 'Fabbricazione di altri mezzi di trasporto', en: 'Manufacture of other transport equipment' },
  },
  '31': { title: { it: 'Fabbricazione di mobili', en: 'Manufacture of furniture' } },
  '32': { title: { it: 'Altre industrie manifatturiere', en: 'Other manufacturing' } },
  '33': {
    title: {
      it: 'Riparazione, manutenzione ed installazione di macchine ed apparecchiature',
      en: 'Repair and installation of machinery and equipment',
    },
  },
  '35': {
    title: {
      it: 'Fornitura di energia elettrica, gas, vapore e aria condizionata',
      en: 'Electricity, gas, steam and air conditioning supply',
    },
    short: { it: 'Energia elettrica, gas e calore', en: 'Electricity, gas and heat supply' },
  },
  '36': {
    title: { it: 'Raccolta, trattamento e fornitura di acqua', en: 'Water collection, treatment and supply' },
  },
  '37': { title: { it: 'Gestione delle reti fognarie', en: 'Sewerage' } },
  '38': {
    title: {
      it: 'Attività di raccolta, trattamento e smaltimento dei rifiuti; recupero dei materiali',
      en: 'Waste collection, treatment and disposal activities; materials recovery',
    },
    short: { it: 'Rifiuti e recupero dei materiali', en: 'Waste and materials recovery' },
  },
  '39': {
    title: {
      it: 'Attività di risanamento e altri servizi di gestione dei rifiuti',
      en: 'Remediation activities and other waste management services',
    },
  },
  '41': { title: { it: 'Costruzione di edifici', en: 'Construction of buildings' } },
  '42': { title: { it: 'Ingegneria civile', en: 'Civil engineering' } },
  '43': { title: { it: 'Lavori di costruzione specializzati', en: 'Specialised construction activities' } },
  '45': {
    title: {
      it: "Commercio all'ingrosso e al dettaglio e riparazione di autoveicoli e motocicli",
      en: 'Wholesale and retail trade and repair of motor vehicles and motorcycles',
    },
    short: { it: 'Commercio e riparazione di autoveicoli', en: 'Motor vehicle trade and repair' },
  },
  '46': {
    title: {
      it: "Commercio all'ingrosso (escluso quello di autoveicoli e di motocicli)",
      en: 'Wholesale trade, except of motor vehicles and motorcycles',
    },
    short: { it: "Commercio all'ingrosso", en: 'Wholesale trade' },
  },
  '47': {
    title: {
      it: 'Commercio al dettaglio (escluso quello di autoveicoli e di motocicli)',
      en: 'Retail trade, except of motor vehicles and motorcycles',
    },
    short: { it: 'Commercio al dettaglio', en: 'Retail trade' },
  },
  '49': {
    title: {
      it: 'Trasporto terrestre e trasporto mediante condotte',
      en: 'Land transport and transport via pipelines',
    },
  },
  '50': { title: { it: "Trasporto marittimo e per vie d'acqua", en: 'Water transport' } },
  '51': { title: { it: 'Trasporto aereo', en: 'Air transport' } },
  '52': {
    title: {
      it: 'Magazzinaggio e attività di supporto ai trasporti',
      en: 'Warehousing and support activities for transportation',
    },
  },
  '53': { title: { it: 'Servizi postali e attività di corriere', en: 'Postal and courier activities' } },
  '55': { title: { it: 'Alloggio', en: 'Accommodation' } },
  '56': { title: { it: 'Attività dei servizi di ristorazione', en: 'Food and beverage service activities' } },
  '58': { title: { it: 'Attività editoriali', en: 'Publishing activities' } },
  '59': {
    title: {
      it: 'Attività di produzione cinematografica, di video e di programmi televisivi, di registrazioni musicali e sonore',
      en: 'Motion picture, video and television programme production, sound recording and music publishing activities',
    },
    short: { it: 'Cinema, video e musica', en: 'Film, video and music' },
  },
  '60': { title: { it: 'Attività di programmazione e trasmissione', en: 'Programming and broadcasting activities' } },
  '61': { title: { it: 'Telecomunicazioni', en: 'Telecommunications' } },
  '62': {
    title: {
      it: 'Produzione di software, consulenza informatica e attività connesse',
      en: 'Computer programming, consultancy and related activities',
    },
    short: { it: 'Software e consulenza informatica', en: 'Computer programming and consultancy' },
  },
  '63': {
    title: {
      it: "Attività dei servizi d'informazione e altri servizi informatici",
      en: 'Information service activities',
    },
  },
  '64': {
    title: {
      it: 'Attività di servizi finanziari (escluse le assicurazioni e i fondi pensione)',
      en: 'Financial service activities, except insurance and pension funding',
    },
    short: { it: 'Servizi finanziari', en: 'Financial services' },
  },
  '65': {
    title: {
      it: 'Assicurazioni, riassicurazioni e fondi pensione (escluse le assicurazioni sociali obbligatorie)',
      en: 'Insurance, reinsurance and pension funding, except compulsory social security',
    },
    short: { it: 'Assicurazioni e fondi pensione', en: 'Insurance and pension funding' },
  },
  '66': {
    title: {
      it: 'Attività ausiliarie dei servizi finanziari e delle attività assicurative',
      en: 'Activities auxiliary to financial services and insurance activities',
    },
    short: { it: 'Attività ausiliarie della finanza', en: 'Auxiliary financial services' },
  },
  '68': { title: { it: 'Attività immobiliari', en: 'Real estate activities' } },
  '69': { title: { it: 'Attività legali e contabilità', en: 'Legal and accounting activities' } },
  '70': {
    title: {
      it: 'Attività di direzione aziendale e di consulenza gestionale',
      en: 'Activities of head offices; management consultancy activities',
    },
    short: { it: 'Direzione aziendale e consulenza gestionale', en: 'Head offices and management consultancy' },
  },
  '71': {
    title: {
      it: "Attività degli studi di architettura e d'ingegneria; collaudi ed analisi tecniche",
      en: 'Architectural and engineering activities; technical testing and analysis',
    },
    short: { it: 'Architettura, ingegneria e collaudi', en: 'Architecture, engineering and testing' },
  },
  '72': { title: { it: 'Ricerca scientifica e sviluppo', en: 'Scientific research and development' } },
  '73': { title: { it: 'Pubblicità e ricerche di mercato', en: 'Advertising and market research' } },
  '74': {
    title: {
      it: 'Altre attività professionali, scientifiche e tecniche',
      en: 'Other professional, scientific and technical activities',
    },
  },
  '75': { title: { it: 'Servizi veterinari', en: 'Veterinary activities' } },
  '77': { title: { it: 'Attività di noleggio e leasing operativo', en: 'Rental and leasing activities' } },
  '78': { title: { it: 'Attività di ricerca, selezione, fornitura di personale', en: 'Employment activities' } },
  '79': {
    title: {
      it: 'Attività dei servizi delle agenzie di viaggio, dei tour operator e servizi di prenotazione e attività connesse',
      en: 'Travel agency, tour operator reservation service and related activities',
    },
    short: { it: 'Agenzie di viaggio e tour operator', en: 'Travel agencies and tour operators' },
  },
  '80': { title: { it: 'Servizi di vigilanza e investigazione', en: 'Security and investigation activities' } },
  '81': {
    title: { it: 'Attività di servizi per edifici e paesaggio', en: 'Services to buildings and landscape activities' },
  },
  '82': {
    title: {
      it: "Attività di supporto per le funzioni d'ufficio e altri servizi di supporto alle imprese",
      en: 'Office administrative, office support and other business support activities',
    },
    short: { it: 'Servizi di supporto alle imprese', en: 'Business support services' },
  },
  '84': {
    title: {
      it: 'Amministrazione pubblica e difesa; assicurazione sociale obbligatoria',
      en: 'Public administration and defence; compulsory social security',
    },
    short: { it: 'Amministrazione pubblica', en: 'Public administration' },
  },
  '85': { title: { it: 'Istruzione', en: 'Education' } },
  '86': { title: { it: 'Assistenza sanitaria', en: 'Human health activities' } },
  '87': { title: { it: 'Servizi di assistenza sociale residenziale', en: 'Residential care activities' } },
  '88': { title: { it: 'Assistenza sociale non residenziale', en: 'Social work activities without accommodation' } },
  '90': {
    title: {
      it: 'Attività creative, artistiche e di intrattenimento',
      en: 'Creative, arts and entertainment activities',
    },
  },
  '91': {
    title: {
      it: 'Attività di biblioteche, archivi, musei ed altre attività culturali',
      en: 'Libraries, archives, museums and other cultural activities',
    },
  },
  '92': {
    title: {
      it: 'Attività riguardanti le lotterie, le scommesse, le case da gioco',
      en: 'Gambling and betting activities',
    },
  },
  '93': {
    title: {
      it: 'Attività sportive, di intrattenimento e di divertimento',
      en: 'Sports activities and amusement and recreation activities',
    },
  },
  '94': { title: { it: 'Attività di organizzazioni associative', en: 'Activities of membership organisations' } },
  '95': {
    title: {
      it: 'Riparazione di computer e di beni per uso personale e per la casa',
      en: 'Repair of computers and personal and household goods',
    },
  },
  '96': { title: { it: 'Altre attività di servizi per la persona', en: 'Other personal service activities' } },
  '97': {
    title: {
      it: 'Attività di famiglie e convivenze come datori di lavoro per personale domestico',
      en: 'Activities of households as employers of domestic personnel',
    },
    short: { it: 'Famiglie come datori di lavoro', en: 'Households as employers' },
  },
  '98': {
    title: {
      it: 'Produzione di beni e servizi indifferenziati per uso proprio da parte di famiglie e convivenze',
      en: 'Undifferentiated goods- and services-producing activities of private households for own use',
    },
    short: { it: 'Produzione delle famiglie per uso proprio', en: 'Households’ production for own use' },
  },
  '99': {
    title: {
      it: 'Organizzazioni ed organismi extraterritoriali',
      en: 'Activities of extraterritorial organisations and bodies',
    },
  },
};
