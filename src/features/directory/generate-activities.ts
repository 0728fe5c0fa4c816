/**
 * The activities of the generated directory by region: real ATECO/NOGA codes with how common
 * each is in the fictional corpus, the words a company name may use and a phrase for the
 * description in both languages. Plausible at scale, not statistics.
 */
import type { DirectoryRegion } from '#schemas/directory-model.ts';

/**
 * What a company does: an ATECO/NOGA code (real codes; Lecco's partly in ATECO's five-digit
 * form), how common it is, the words its name may use and a phrase for the description.
 */
export interface Activity {
  code: string;
  weight: number;
  words: readonly string[];
  it: string;
  en: string;
}

type ActivityRow = readonly [code: string, weight: number, words: readonly string[], it: string, en: string];

const toActivities = (rows: readonly ActivityRow[]): Activity[] =>
  rows.map(([code, weight, words, it, en]) => ({ code, weight, words, it, en }));

// Lecco: textiles, metal products and machinery, with trade, building and services around them.
// prettier-ignore
const leccoActivities = toActivities([
  ['13.20.0', 7, ['Tessitura', 'Tessiture'], 'tessitura di tessuti per abbigliamento e arredamento', 'weaving of fabrics for clothing and furnishing'],
  ['13.30.0', 5, ['Tintoria', 'Finissaggio'], 'tintoria e finissaggio di filati e tessuti conto terzi', 'dyeing and finishing of yarns and fabrics for other companies'],
  ['13.96', 3, ['Nastrificio', 'Tessili Tecnici'], "nastri, cordini e tessili tecnici per l'industria", 'tapes, cords and technical textiles for industry'],
  ['14.13', 1, ['Confezioni', 'Maglificio'], 'capi di abbigliamento per marchi della moda', 'garments made for fashion brands'],
  ['15.12', 1, ['Pelletteria'], 'borse e piccola pelletteria', 'bags and small leather goods'],
  ['24.34.0', 2, ['Trafileria', 'Trafilerie'], 'trafilatura a freddo di fili e barre in acciaio', 'cold drawing of steel wire and bars'],
  ['25.11.0', 6, ['Carpenteria', 'Carpenterie Metalliche'], 'strutture e carpenteria metallica per edilizia e industria', 'steel structures and metalwork for buildings and industry'],
  ['25.50.0', 4, ['Stampaggio', 'Stampi'], 'stampaggio e tranciatura di particolari in metallo', 'stamping and blanking of metal parts'],
  ['25.61.0', 4, ['Galvanica', 'Trattamenti'], 'trattamenti galvanici e rivestimenti dei metalli', 'electroplating and coating of metals'],
  ['25.62.0', 12, ['Meccanica', 'Officina Meccanica', 'Torneria'], 'lavori di meccanica generale, tornitura e fresatura conto terzi', 'general machining, turning and milling for other companies'],
  ['25.93', 4, ['Mollificio', 'Molle'], 'molle, minuterie e articoli in filo metallico', 'springs, small parts and wire products'],
  ['25.94.0', 3, ['Viteria', 'Bulloneria'], 'viti, bulloni e minuteria metallica', 'screws, bolts and small metal parts'],
  ['28.41.0', 3, ['Macchine Utensili', 'Meccanica'], 'macchine per la lavorazione e la deformazione dei metalli', 'machines for forming and working metal'],
  ['28.29', 3, ['Impianti', 'Costruzioni Meccaniche'], "macchine e impianti per l'industria", 'machinery and plant for industry'],
  ['28.99', 2, ['Automazione', 'Automazioni'], 'macchine speciali e linee automatiche su progetto', 'special-purpose machines and automated lines built to order'],
  ['22.29.0', 3, ['Plastica', 'Materie Plastiche'], 'articoli tecnici stampati in materia plastica', 'moulded technical plastic parts'],
  ['20.30', 1, ['Vernici', 'Colorificio'], "vernici e prodotti vernicianti per l'industria", 'industrial paints and coatings'],
  ['23.70', 1, ['Marmi', 'Pietre'], 'lavorazione di marmi e pietre per edilizia e arredo', 'cutting and finishing of marble and stone for buildings and interiors'],
  ['26.51', 1, ['Strumenti', 'Misure'], 'strumenti di misura e di controllo', 'measuring and testing instruments'],
  ['27.11.0', 1, ['Elettromeccanica'], 'motori elettrici, generatori e trasformatori', 'electric motors, generators and transformers'],
  ['29.32', 1, ['Componenti', 'Componentistica'], 'componenti e accessori per autoveicoli', 'parts and accessories for motor vehicles'],
  ['30.12', 1, ['Cantiere Nautico', 'Nautica'], 'costruzione e rimessaggio di imbarcazioni da diporto', 'building and storage of pleasure boats'],
  ['30.92', 1, ['Cicli', 'Biciclette'], 'biciclette e componenti per il ciclismo', 'bicycles and cycling components'],
  ['16.23', 2, ['Falegnameria', 'Serramenti'], 'serramenti, porte e lavori di falegnameria', 'windows, doors and joinery'],
  ['31.09', 2, ['Mobilificio', 'Arredamenti'], 'mobili e arredi su misura', 'made-to-measure furniture'],
  ['32.50', 1, ['Medicali', 'Dispositivi Medici'], 'dispositivi medici e ortopedici su misura', 'custom medical and orthopaedic devices'],
  ['10.51', 1, ['Caseificio', 'Latteria'], 'formaggi e latticini', 'cheese and dairy products'],
  ['10.71', 4, ['Panificio', 'Pasticceria', 'Forno'], 'pane, pasticceria fresca e prodotti da forno', 'bread, fresh pastry and baked goods'],
  ['11.05', 1, ['Birrificio'], 'birra artigianale', 'craft beer'],
  ['35.11.0', 1, ['Energia', 'Energie'], 'produzione di energia elettrica da fonti rinnovabili', 'electricity from renewable sources'],
  ['38.32', 1, ['Recuperi', 'Ecologia'], 'recupero e riciclo di metalli e materiali selezionati', 'recovery and recycling of metals and sorted materials'],
  ['41.20.0', 30, ['Costruzioni', 'Edilizia', 'Impresa Edile'], 'costruzione e ristrutturazione di edifici residenziali e industriali', 'building and renovation of homes and industrial buildings'],
  ['43.21.0', 14, ['Impianti Elettrici', 'Elettroimpianti'], 'impianti elettrici civili e industriali', 'electrical installations for homes and industry'],
  ['43.22.0', 13, ['Termoidraulica', 'Idraulica'], 'impianti idraulici, di riscaldamento e di condizionamento', 'plumbing, heating and air-conditioning installations'],
  ['43.34.0', 7, ['Decorazioni', 'Tinteggiature'], 'tinteggiature, decorazioni e posa di vetri', 'painting, decorating and glazing'],
  ['45.20', 10, ['Autofficina', 'Carrozzeria', 'Autoriparazioni'], 'manutenzione e riparazione di autoveicoli', 'servicing and repair of motor vehicles'],
  ['46.69', 6, ['Forniture Industriali', 'Forniture'], "commercio all'ingrosso di macchine e forniture per l'industria", 'wholesale of machinery and supplies for industry'],
  ['46.90.0', 5, ['Commerciale', 'Distribuzione'], "commercio all'ingrosso di prodotti diversi", 'non-specialised wholesale trade'],
  ['47.11', 7, ['Alimentari', 'Market'], 'negozio di alimentari e prodotti per la casa', 'grocery and household goods shop'],
  ['47.71', 7, ['Boutique', 'Abbigliamento'], 'negozio di abbigliamento e accessori', 'clothing and accessories shop'],
  ['47.59', 4, ['Arredamenti', 'Casa'], 'negozio di mobili, illuminazione e articoli per la casa', 'furniture, lighting and household goods shop'],
  ['49.41.0', 7, ['Trasporti', 'Autotrasporti', 'Logistica'], 'autotrasporto di merci conto terzi', 'road haulage for other companies'],
  ['55.10.0', 3, ['Albergo', 'Hotel'], 'albergo con ristorante', 'hotel with restaurant'],
  ['56.10', 14, ['Ristorante', 'Trattoria', 'Osteria', 'Pizzeria'], 'ristorante e pizzeria con cucina del territorio', 'restaurant and pizzeria with local cooking'],
  ['56.30.0', 10, ['Bar', 'Caffè'], 'bar e caffetteria', 'bar and café'],
  ['62.01.0', 4, ['Software', 'Informatica'], 'sviluppo di software gestionale e applicazioni su misura', 'business software and custom applications'],
  ['62.02.0', 3, ['Informatica', 'Sistemi'], 'consulenza informatica, reti e sicurezza', 'IT consultancy, networks and security'],
  ['63.11', 1, ['Dati', 'Data'], 'elaborazione dati e servizi in cloud', 'data processing and cloud services'],
  ['68.20.0', 14, ['Immobiliare', 'Immobili'], 'affitto e gestione di immobili di proprietà', 'renting and managing its own property'],
  ['69.20', 5, ['Studio', 'Consulenze Contabili'], 'contabilità, paghe e consulenza fiscale', 'bookkeeping, payroll and tax advice'],
  ['70.22.0', 6, ['Consulenze', 'Consulting'], 'consulenza di direzione e organizzazione aziendale', 'management and organisation consultancy'],
  ['71.12.1', 5, ['Ingegneria', 'Studio Tecnico'], 'progettazione di impianti e strutture', 'design of plant and structures'],
  ['72.19', 1, ['Ricerca', 'Laboratori'], 'ricerca e sviluppo per conto terzi', 'contract research and development'],
  ['73.11', 2, ['Comunicazione', 'Pubblicità'], 'agenzia di comunicazione e pubblicità', 'communication and advertising agency'],
  ['81.21.0', 4, ['Pulizie', 'Servizi'], 'pulizie di uffici, negozi e capannoni', 'cleaning of offices, shops and industrial buildings'],
  ['86.23.0', 2, ['Studio Dentistico'], 'studio odontoiatrico', 'dental practice'],
  ['96.02', 9, ['Acconciature', 'Estetica', 'Parrucchieri'], 'acconciature e trattamenti estetici', 'hairdressing and beauty treatments'],
  ['01.50.0', 5, ['Azienda Agricola', 'Cascina'], 'azienda agricola con allevamento e coltivazioni', 'farm with livestock and crops'],
]);

// Ticino: mechatronics, pharma, finance and trading, with building, tourism and services.
// prettier-ignore
const ticinoActivities = toActivities([
  ['26.11', 2, ['Elettronica', 'Electronics'], 'componenti e schede elettroniche', 'electronic components and boards'],
  ['26.51', 3, ['Strumenti', 'Instruments'], 'strumenti di misura, controllo e prova', 'instruments for measuring, testing and control'],
  ['26.52', 2, ['Orologeria', 'Watch Components'], 'componenti e assemblaggio di orologi', 'watch components and assembly'],
  ['26.60', 1, ['Medical', 'Medtech'], 'apparecchi elettromedicali', 'electromedical equipment'],
  ['27.12', 2, ['Quadri Elettrici', 'Elettrotecnica'], 'quadri elettrici e apparecchi di comando', 'switchboards and control gear'],
  ['27.11', 1, ['Motori', 'Elettromeccanica'], 'motori elettrici e azionamenti', 'electric motors and drives'],
  ['28.29', 2, ['Impianti', 'Engineering'], 'macchine e impianti industriali', 'industrial machinery and plant'],
  ['28.99', 2, ['Automazione', 'Automation'], 'macchine speciali e automazione', 'special-purpose machinery and automation'],
  ['25.62', 4, ['Meccanica', 'Micromeccanica'], 'lavorazioni meccaniche di precisione', 'precision machining'],
  ['21.20', 2, ['Pharma', 'Laboratori'], 'preparati farmaceutici', 'pharmaceutical preparations'],
  ['21.10', 1, ['Chimica Farmaceutica', 'Pharma'], 'principi attivi farmaceutici', 'active pharmaceutical ingredients'],
  ['32.50', 1, ['Medical', 'Dispositivi Medici'], 'dispositivi medici e dentali', 'medical and dental devices'],
  ['22.22', 1, ['Imballaggi', 'Packaging'], 'imballaggi in materia plastica', 'plastic packaging'],
  ['14.13', 1, ['Confezioni', 'Atelier'], 'abbigliamento su misura e piccole serie', 'made-to-measure clothing and small series'],
  ['16.23', 1, ['Falegnameria'], 'falegnameria e serramenti', 'joinery and windows'],
  ['23.70', 1, ['Graniti', 'Pietre'], 'lavorazione del granito e della pietra naturale', 'cutting and finishing of granite and natural stone'],
  ['29.32', 1, ['Componenti', 'Automotive'], 'componenti per autoveicoli', 'motor vehicle parts'],
  ['30.92', 1, ['Cicli'], 'biciclette e componenti', 'bicycles and components'],
  ['35.11', 1, ['Energia', 'Energie'], 'produzione di energia elettrica da fonti rinnovabili', 'electricity from renewable sources'],
  ['10.71', 3, ['Panetteria', 'Pasticceria'], 'panetteria e pasticceria', 'bakery and pastry shop'],
  ['11.02', 2, ['Cantina', 'Vini'], 'vini del Ticino', 'Ticino wines'],
  ['01.21', 2, ['Vigneti', 'Azienda Vitivinicola'], 'coltivazione della vite', 'vine growing'],
  ['64.20', 6, ['Holding', 'Partecipazioni'], 'società di partecipazioni', 'holding company'],
  ['66.19', 3, ['Finanziaria', 'Finance'], 'servizi finanziari e consulenza in investimenti', 'financial services and investment advice'],
  ['66.22', 2, ['Assicurazioni', 'Broker'], 'intermediazione assicurativa per imprese e privati', 'insurance brokerage for businesses and households'],
  ['66.30', 3, ['Asset Management', 'Gestioni Patrimoniali'], 'gestione patrimoniale per clienti privati e istituzionali', 'asset management for private and institutional clients'],
  ['68.20', 10, ['Immobiliare', 'Immobili'], 'gestione e locazione di immobili', 'management and letting of property'],
  ['68.31', 5, ['Immobiliare', 'Real Estate'], 'agenzia immobiliare: compravendita e locazioni', 'estate agency: sales and lettings'],
  ['69.10', 6, ['Studio Legale'], 'studio legale per imprese e privati', 'law firm for businesses and individuals'],
  ['69.20', 12, ['Fiduciaria', 'Fiduciaria Commerciale'], 'fiduciaria: contabilità, fiscalità e consulenza aziendale', 'fiduciary: accounting, tax and business advice'],
  ['70.22', 8, ['Consulenze', 'Consulting', 'Advisory'], 'consulenza aziendale e organizzativa', 'business and organisation consultancy'],
  ['71.20', 2, ['Laboratori di Prova', 'Collaudi'], 'prove, analisi e certificazioni tecniche', 'technical testing, analysis and certification'],
  ['71.11', 8, ['Architettura', 'Studio di Architettura'], 'progettazione architettonica e direzione lavori', 'architectural design and site supervision'],
  ['71.12', 6, ['Ingegneria'], 'ingegneria civile e impiantistica', 'civil and building services engineering'],
  ['72.19', 2, ['Ricerca', 'Research'], 'ricerca e sviluppo in scienze naturali e ingegneria', 'research and development in natural sciences and engineering'],
  ['72.11', 1, ['Biotech'], 'ricerca e sviluppo nelle biotecnologie', 'biotechnology research and development'],
  ['46.90', 8, ['Trading', 'Commercio'], 'commercio internazionale di materie prime e prodotti diversi', 'international trade in commodities and other goods'],
  ['46.42', 4, ['Moda', 'Fashion'], "distribuzione all'ingrosso di abbigliamento e calzature", 'wholesale of clothing and footwear'],
  ['46.46', 2, ['Pharma', 'Distribuzione Farmaceutica'], "distribuzione all'ingrosso di prodotti farmaceutici", 'wholesale of pharmaceutical goods'],
  ['47.11', 5, ['Alimentari', 'Market'], 'negozio di alimentari', 'grocery shop'],
  ['47.71', 6, ['Boutique', 'Moda'], 'negozio di abbigliamento e accessori', 'clothing and accessories shop'],
  ['47.73', 2, ['Farmacia'], 'farmacia', 'pharmacy'],
  ['47.77', 2, ['Gioielleria', 'Orologi'], 'gioielli e orologi', 'jewellery and watches'],
  ['41.20', 14, ['Costruzioni', 'Edilizia'], 'costruzioni e ristrutturazioni', 'construction and renovation'],
  ['43.21', 8, ['Elettricità', 'Impianti Elettrici'], 'impianti elettrici e fotovoltaici', 'electrical and solar installations'],
  ['43.22', 7, ['Impianti Sanitari', 'Riscaldamenti'], 'impianti sanitari e di riscaldamento', 'plumbing and heating'],
  ['43.34', 4, ['Pittura', 'Decorazioni'], 'lavori di pittura e decorazione', 'painting and decorating'],
  ['45.20', 5, ['Garage', 'Carrozzeria'], 'garage e officina per automobili', 'car garage and repair shop'],
  ['49.41', 4, ['Trasporti', 'Logistica'], 'trasporti di merci su strada', 'road haulage'],
  ['52.29', 5, ['Spedizioni', 'Logistica'], 'spedizioni e pratiche doganali', 'freight forwarding and customs clearance'],
  ['55.10', 5, ['Hotel', 'Albergo'], 'albergo', 'hotel'],
  ['56.10', 10, ['Ristorante', 'Grotto', 'Osteria'], 'ristorante con cucina ticinese', 'restaurant with Ticino cooking'],
  ['56.30', 6, ['Bar', 'Caffè'], 'bar e caffetteria', 'bar and café'],
  ['62.01', 6, ['Software', 'Digital'], 'sviluppo di software e applicazioni web', 'software and web application development'],
  ['62.02', 4, ['Informatica', 'IT Services'], 'consulenza informatica e sicurezza', 'IT consultancy and security'],
  ['63.11', 1, ['Data', 'Dati'], 'elaborazione dati e hosting', 'data processing and hosting'],
  ['73.11', 2, ['Comunicazione', 'Advertising'], 'agenzia di comunicazione', 'communication agency'],
  ['81.21', 3, ['Pulizie', 'Servizi'], 'pulizie di uffici e abitazioni', 'cleaning of offices and homes'],
  ['86.21', 3, ['Studio Medico'], 'studio medico di medicina generale', 'general medical practice'],
  ['96.02', 5, ['Parrucchiera', 'Estetica'], 'parrucchiere ed estetica', 'hairdressing and beauty'],
]);

export const activities: Record<DirectoryRegion, readonly Activity[]> = {
  lecco: leccoActivities,
  ticino: ticinoActivities,
};
