/**
 * Starting files for every kind of content, written by `npm run new`. Each file already passes
 * the schemas; what the editor still has to write is marked "TODO", and the content check
 * refuses a file until every TODO is gone. Guidance comments (without "TODO") may stay.
 * Comments are in the language the editor chose; YAML files hold both languages' texts.
 */
import type { Locale } from '#i18n/locales.ts';
import type { Vocabulary } from '#schemas/taxonomy.ts';
import type { RequestAnswers } from './request-from-issue.ts';

export const scaffoldKinds = ['case-study', 'company', 'research-centre', 'ip-guide', 'page', 'request'] as const;
export type ScaffoldKind = (typeof scaffoldKinds)[number];

export const scaffoldKindInfo: Record<
  ScaffoldKind,
  { folder: string; translated: boolean; label: Record<Locale, string> }
> = {
  'case-study': {
    folder: 'case-studies',
    translated: true,
    label: { it: 'Caso di successo', en: 'Success story' },
  },
  company: { folder: 'companies', translated: false, label: { it: 'Profilo di impresa', en: 'Company profile' } },
  'research-centre': {
    folder: 'research-centres',
    translated: false,
    label: { it: 'Centro di ricerca', en: 'Research centre' },
  },
  'ip-guide': {
    folder: 'ip-guides',
    translated: true,
    label: { it: 'Guida sulla proprietà intellettuale', en: 'Intellectual-property guide' },
  },
  page: { folder: 'pages', translated: true, label: { it: 'Pagina fissa', en: 'Standing page' } },
  request: { folder: 'requests', translated: false, label: { it: 'Richiesta o offerta', en: 'Request or offer' } },
};

export interface ScaffoldRequest {
  kind: ScaffoldKind;
  /** File name without extension: the page address. */
  id: string;
  /** For stories, guides and pages: one file per language. For YAML kinds: the language of the comments. */
  languages: readonly Locale[];
  /** Title (stories, guides, pages) or name (companies, centres), when the editor gave one. */
  title?: string | undefined;
  sectors?: readonly string[] | undefined;
  expertise?: readonly string[] | undefined;
  companies?: readonly string[] | undefined;
  researchCentres?: readonly string[] | undefined;
  country?: 'IT' | 'CH' | undefined;
  region?: string | undefined;
  topic?: string | undefined;
  /** For a request: the answers of the repository's issue form (`npm run new -- request --from-issue`). */
  answers?: RequestAnswers | undefined;
  /** "Today", the review date of the new file. */
  today: Date;
}

export interface ScaffoldContext {
  vocabulary: Vocabulary;
  companyIds: readonly string[];
  centreIds: readonly string[];
}

export interface ScaffoldFile {
  /** From the project root: content/… */
  file: string;
  text: string;
}

type Words = Record<Locale, string>;

/** A YAML string in double quotes: always valid, whatever the editor typed. */
const quoted = (text: string) => JSON.stringify(text);
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** "TODO" placeholder text, in quotes so that colons in the guidance are safe. */
const todo = (text: string) => quoted(`TODO: ${text}`);

/** A list of ids: the chosen ones, or the first allowed one with a TODO note to choose. */
function idList(indent: string, chosen: readonly string[] | undefined, fallback: string | undefined, note: string) {
  if (chosen && chosen.length > 0) return chosen.map((id) => `${indent}- ${id}`).join('\n');
  return `${indent}- ${fallback ?? 'none'} # TODO: ${note}`;
}

function comment(lang: Locale, words: Words): string {
  return words[lang]
    .split('\n')
    .map((line) => `# ${line}`)
    .join('\n');
}

const sourceLines = (lang: Locale) =>
  [
    'sources:',
    `  - title: ${todo(lang === 'it' ? 'nome della fonte, ad esempio SUPSI – Progetti con le imprese' : 'name of the source, e.g. SUPSI – Projects with companies')}`,
    '    url: https://www.example.org/TODO-address-of-the-source',
  ].join('\n');

const reviewedLines = (lang: Locale, today: Date) =>
  [
    comment(lang, {
      it: 'Chi ha verificato i fatti e quando (AAAA-MM-GG). Aggiornali a ogni revisione.',
      en: 'Who checked the facts, and when (YYYY-MM-DD). Update both at every review.',
    }),
    'reviewed:',
    `  date: ${isoDay(today)}`,
    `  by: ${todo(lang === 'it' ? 'il tuo nome o il tuo ufficio' : 'your name or office')}`,
  ].join('\n');

function bothLanguages(indent: string, it: string, en: string): string {
  return `${indent}it: ${todo(it)}\n${indent}en: ${todo(en)}`;
}

function caseStudy(request: ScaffoldRequest, context: ScaffoldContext, lang: Locale): string {
  const { vocabulary, companyIds, centreIds } = context;
  const w = (words: Words) => words[lang];
  const title = request.title
    ? quoted(request.title)
    : todo(w({ it: 'titolo del caso, al massimo 120 caratteri', en: 'headline of the story, at most 120 characters' }));
  return `---
${comment(lang, {
  it: 'Caso di successo. Sostituisci ogni "TODO": il controllo dei contenuti (npm run check:content)\nli segnala finché restano. I fatti (date, settori, TRL, imprese…) devono essere uguali\nnella versione italiana e in quella inglese. Guida: CONTRIBUTING.it.md',
  en: 'Success story. Replace every "TODO": the content check (npm run check:content) reports\nthem until they are gone. The facts (dates, sectors, TRL, companies…) must be the same in\nthe Italian and the English version. Guide: CONTRIBUTING.md',
})}
title: ${title}
summary: ${todo(w({ it: 'due frasi, il problema e che cosa è cambiato (al massimo 320 caratteri)', en: 'two sentences, the problem and what changed (at most 320 characters)' }))}
${comment(lang, { it: 'Quando la collaborazione ha dato il risultato (AAAA-MM-GG).', en: 'When the collaboration delivered its result (YYYY-MM-DD).' })}
date: ${isoDay(request.today)} # TODO: ${w({ it: 'la data del risultato', en: 'the date of the result' })}
${comment(lang, { it: 'true solo per una storia inventata che mostra il formato; una storia vera ha bisogno di fonti.', en: 'true only for a made-up story that shows the format; a real story needs sources.' })}
example: false
${comment(lang, { it: 'Id da content/taxonomies/sectors.yaml', en: 'Ids from content/taxonomies/sectors.yaml' })}
sectors:
${idList('  ', request.sectors, vocabulary.sectors[0], w({ it: 'i settori delle imprese coinvolte', en: 'the sectors of the companies involved' }))}
${comment(lang, { it: 'Id da content/taxonomies/expertise-areas.yaml', en: 'Ids from content/taxonomies/expertise-areas.yaml' })}
expertise:
${idList('  ', request.expertise, vocabulary.expertiseAreas[0], w({ it: 'le competenze di ricerca usate', en: 'the research expertise used' }))}
${comment(lang, { it: 'Nomi dei file in content/companies/, senza .yaml', en: 'File names in content/companies/, without .yaml' })}
companies:
${idList('  ', request.companies, companyIds[0], w({ it: "l'impresa o le imprese del caso", en: 'the company or companies of the story' }))}
${comment(lang, { it: 'Nomi dei file in content/research-centres/, senza .yaml', en: 'File names in content/research-centres/, without .yaml' })}
researchCentres:
${idList('  ', request.researchCentres, centreIds[0], w({ it: 'i partner di ricerca', en: 'the research partners' }))}
${comment(lang, { it: 'Id da content/taxonomies/funding-instruments.yaml; togli la riga se non c’è stato un finanziamento.', en: 'Id from content/taxonomies/funding-instruments.yaml; delete the line if there was no funding.' })}
fundingInstrument: ${vocabulary.fundingInstruments[0] ?? 'self-funded'} # TODO: ${w({ it: 'lo strumento di finanziamento', en: 'the funding instrument' })}
${comment(lang, { it: 'Maturità tecnologica (TRL) da 1 a 9, all’inizio e alla fine.', en: 'Technology readiness level (TRL) from 1 to 9, at the start and at the end.' })}
trl:
  before: 1 # TODO: ${w({ it: 'il TRL iniziale', en: 'the TRL at the start' })}
  after: 1 # TODO: ${w({ it: 'il TRL finale', en: 'the TRL at the end' })}
${comment(lang, { it: 'patent-filed, patent-granted, utility-model, design, trademark, licence, trade-secret, open-publication o none', en: 'patent-filed, patent-granted, utility-model, design, trademark, licence, trade-secret, open-publication or none' })}
ipOutcome: none # TODO: ${w({ it: 'che cosa è successo alla proprietà intellettuale', en: 'what happened to the intellectual property' })}
${comment(lang, { it: 'Risultati misurati, ciascuno con unità di misura. "before" si può togliere.', en: 'Measured results, each with its unit. "before" may be left out.' })}
results:
  - metric: ${todo(w({ it: 'che cosa è stato misurato, ad esempio Acqua per kg di tessuto', en: 'what was measured, e.g. Water per kg of fabric' }))}
    before: ${todo(w({ it: 'valore prima, ad esempio 120 L', en: 'value before, e.g. 120 L' }))}
    after: ${todo(w({ it: 'valore dopo, ad esempio 78 L', en: 'value after, e.g. 78 L' }))}
${comment(lang, { it: 'Immagine di copertina facoltativa, accanto a questo file, con la sua descrizione:\ncover:\n  src: ./copertina.jpg\n  alt: Che cosa mostra l’immagine', en: 'Optional cover image, next to this file, with its description:\ncover:\n  src: ./cover.jpg\n  alt: What the image shows' })}
${reviewedLines(lang, request.today)}
${sourceLines(lang)}
---

{/* ${w({ it: 'Scrivi in Markdown: titoli con ##, elenchi con -, link come [testo](https://…). Componenti: <Callout>, <Steps>, <Comparison> (vedi CONTRIBUTING.it.md).', en: 'Write in Markdown: headings with ##, lists with -, links as [text](https://…). Components: <Callout>, <Steps>, <Comparison> (see CONTRIBUTING.md).' })} */}

## ${w({ it: 'La sfida', en: 'The challenge' })}

TODO: ${w({ it: "qual era il problema dell'impresa, con un numero che lo misura.", en: 'what problem the company had, with a number that measures it.' })}

## ${w({ it: 'La collaborazione', en: 'The collaboration' })}

TODO: ${w({ it: 'chi ha fatto che cosa, per quanto tempo, con quale finanziamento.', en: 'who did what, for how long, with which funding.' })}

## ${w({ it: 'I risultati', en: 'The results' })}

TODO: ${w({ it: 'che cosa è cambiato e che cosa è successo alla proprietà intellettuale.', en: 'what changed, and what happened to the intellectual property.' })}
`;
}

function ipGuide(request: ScaffoldRequest, context: ScaffoldContext, lang: Locale): string {
  const w = (words: Words) => words[lang];
  const title = request.title
    ? quoted(request.title)
    : todo(w({ it: 'titolo della guida, al massimo 120 caratteri', en: 'title of the guide, at most 120 characters' }));
  const topic = request.topic
    ? request.topic
    : `${context.vocabulary.ipTopics[0] ?? 'patents'} # TODO: ${w({ it: 'il tema principale', en: 'the main topic' })}`;
  return `---
${comment(lang, {
  it: 'Guida sulla proprietà intellettuale. Sostituisci ogni "TODO": il controllo dei contenuti\n(npm run check:content) li segnala finché restano. Guida: CONTRIBUTING.it.md',
  en: 'Intellectual-property guide. Replace every "TODO": the content check\n(npm run check:content) reports them until they are gone. Guide: CONTRIBUTING.md',
})}
title: ${title}
summary: ${todo(w({ it: 'che cosa saprà chi legge, in una o due frasi', en: 'what the reader will know, in one or two sentences' }))}
${comment(lang, { it: 'Id da content/taxonomies/ip-topics.yaml', en: 'Id from content/taxonomies/ip-topics.yaml' })}
topic: ${topic}
${comment(lang, { it: 'IT, CH, EU o INT (internazionale)', en: 'IT, CH, EU or INT (international)' })}
jurisdictions:
  - IT
  - CH # TODO: ${w({ it: 'gli ordinamenti trattati', en: 'the legal systems covered' })}
${comment(lang, { it: 'La data della legge descritta (AAAA-MM-GG): non dopo la data di revisione.', en: 'Date of the law described (YYYY-MM-DD): not later than the review date.' })}
lawAsOf: ${isoDay(request.today)} # TODO: ${w({ it: 'la data della legge', en: 'the date of the law' })}
${comment(lang, { it: 'Punti su cui le fonti non concordano o la legge sta cambiando; togli le righe se non ce ne sono.', en: 'Points where sources disagree or the law is changing; delete the lines if there are none.' })}
toBeChecked:
  - ${todo(w({ it: 'un punto da verificare', en: 'a point to check' }))}
${reviewedLines(lang, request.today)}
${sourceLines(lang)}
---

{/* ${w({ it: 'Scrivi in Markdown. Per confrontare Italia e Svizzera usa <Comparison> con una tabella; per i passaggi <Steps>; per un avviso <Callout type="warning">.', en: 'Write in Markdown. To compare Italy and Switzerland use <Comparison> around a table; for steps <Steps>; for a warning <Callout type="warning">.' })} */}

TODO: ${w({ it: 'il testo della guida.', en: 'the text of the guide.' })}

<Callout type="tip" title=${todo(w({ it: 'la regola pratica in poche parole', en: 'the practical rule in a few words' }))}>
TODO: ${w({ it: 'il consiglio più importante.', en: 'the most important advice.' })}
</Callout>
`;
}

function standingPage(request: ScaffoldRequest, lang: Locale): string {
  const w = (words: Words) => words[lang];
  const title = request.title ? quoted(request.title) : todo(w({ it: 'titolo della pagina', en: 'page title' }));
  return `---
${comment(lang, {
  it: 'Pagina fissa. Perché compaia nel sito, uno sviluppatore deve aggiungerla in src/pages/[lang]/.\nSostituisci ogni "TODO"; guida: CONTRIBUTING.it.md',
  en: 'Standing page. To appear on the site, a developer must add it to src/pages/[lang]/.\nReplace every "TODO"; guide: CONTRIBUTING.md',
})}
title: ${title}
summary: ${todo(w({ it: 'una o due frasi', en: 'one or two sentences' }))}
${reviewedLines(lang, request.today)}
---

TODO: ${w({ it: 'il testo della pagina.', en: 'the text of the page.' })}
`;
}

function company(request: ScaffoldRequest, context: ScaffoldContext, lang: Locale): string {
  const { vocabulary } = context;
  const w = (words: Words) => words[lang];
  const country = request.country ?? 'IT';
  const region =
    request.region ??
    `${vocabulary.regions.find((id) => vocabulary.regionCountry[id] === country) ?? vocabulary.regions[0]} # TODO: ${w({ it: 'provincia o cantone della sede', en: 'province or canton of the registered office' })}`;
  const name = request.title
    ? quoted(request.title)
    : todo(w({ it: 'ragione sociale, come nel registro delle imprese', en: 'company name as registered' }));
  return `${comment(lang, {
    it: 'Profilo di impresa. Sostituisci ogni "TODO": il controllo dei contenuti (npm run check:content)\nli segnala finché restano. Pubblica fatti su un’impresa reale solo con una fonte e con il suo consenso.\nI testi hanno "it:" e "en:": se non hai la traduzione, togli la riga "en:" (la pagina inglese\nmostrerà l’italiano con una nota). Guida: CONTRIBUTING.it.md',
    en: 'Company profile. Replace every "TODO": the content check (npm run check:content) reports them\nuntil they are gone. Publish facts about a real company only with a source and its consent.\nTexts have "it:" and "en:": if you lack one language, delete that line (the page then shows\nthe other language with a note). Guide: CONTRIBUTING.md',
  })}
name: ${name}
${comment(lang, { it: 'true solo per un’impresa inventata che mostra il formato.', en: 'true only for a made-up company that shows the format.' })}
example: false
${comment(lang, { it: 'IT o CH, e la provincia o il cantone da content/taxonomies/regions.yaml', en: 'IT or CH, and the province or canton from content/taxonomies/regions.yaml' })}
country: ${country}
region: ${region}
municipality: ${todo(w({ it: 'comune della sede', en: 'municipality of the registered office' }))}
sectors:
${idList('  ', request.sectors, vocabulary.sectors[0], w({ it: 'i settori, da content/taxonomies/sectors.yaml', en: 'the sectors, from content/taxonomies/sectors.yaml' }))}
${comment(lang, { it: 'micro (meno di 10 addetti), small (meno di 50), medium (meno di 250) o large', en: 'micro (fewer than 10 staff), small (fewer than 50), medium (fewer than 250) or large' })}
sizeBand: small # TODO: ${w({ it: 'la dimensione', en: 'the size' })}
${comment(lang, { it: 'In che cosa è brava: id da content/taxonomies/expertise-areas.yaml', en: 'What it is good at: ids from content/taxonomies/expertise-areas.yaml' })}
capabilities:
${idList('  ', request.expertise, vocabulary.expertiseAreas[0], w({ it: 'le competenze', en: 'the capabilities' }))}
${comment(lang, { it: 'Che cosa offre e che cosa cerca: servono per proporre i centri di ricerca adatti.\nPer aggiungere una voce, copia il blocco che inizia con "- title:".', en: 'What it offers and what it seeks: used to suggest matching research centres.\nTo add an item, copy the block that starts with "- title:".' })}
offers:
  - title:
${bothLanguages('      ', 'nome breve di ciò che offre', 'short name of what it offers')}
    description:
${bothLanguages('      ', 'che cosa offre, in due o tre frasi', 'what it offers, in two or three sentences')}
    expertise:
      - ${vocabulary.expertiseAreas[0]} # TODO: ${w({ it: 'le competenze di questa offerta', en: 'the expertise of this offer' })}
seeks:
  - title:
${bothLanguages('      ', 'nome breve di ciò che cerca', 'short name of what it seeks')}
    description:
${bothLanguages('      ', 'che cosa cerca, in due o tre frasi', 'what it seeks, in two or three sentences')}
    expertise:
      - ${vocabulary.expertiseAreas[0]} # TODO: ${w({ it: 'le competenze che cerca', en: 'the expertise it seeks' })}
${comment(lang, { it: 'Lingue di lavoro: it, en, de, fr', en: 'Working languages: it, en, de, fr' })}
languages:
  - it
website: https://www.example.org/TODO-company-website
description:
${bothLanguages('  ', "che cosa fa l'impresa, in tre o quattro frasi", 'what the company does, in three or four sentences')}
${reviewedLines(lang, request.today)}
${sourceLines(lang)}
`;
}

function researchCentre(request: ScaffoldRequest, context: ScaffoldContext, lang: Locale): string {
  const { vocabulary } = context;
  const w = (words: Words) => words[lang];
  const country = request.country ?? 'IT';
  const region =
    request.region ??
    `${vocabulary.regions.find((id) => vocabulary.regionCountry[id] === country) ?? vocabulary.regions[0]} # TODO: ${w({ it: 'provincia o cantone della sede', en: 'province or canton of the site' })}`;
  const name = request.title ? quoted(request.title) : todo(w({ it: 'nome ufficiale', en: 'official name' }));
  return `${comment(lang, {
    it: 'Centro di ricerca o organizzazione che sostiene l’innovazione. Sostituisci ogni "TODO":\nil controllo dei contenuti (npm run check:content) li segnala finché restano.\nI testi hanno "it:" e "en:": se non hai la traduzione, togli la riga "en:". Guida: CONTRIBUTING.it.md',
    en: 'Research centre or innovation-support organisation. Replace every "TODO": the content check\n(npm run check:content) reports them until they are gone.\nTexts have "it:" and "en:": if you lack one language, delete that line. Guide: CONTRIBUTING.md',
  })}
name: ${name}
${comment(lang, {
  it: 'university, applied-sciences-university, public-research-institute, laboratory,\ntechnology-transfer-office, technology-park, innovation-agency o business-association',
  en: 'university, applied-sciences-university, public-research-institute, laboratory,\ntechnology-transfer-office, technology-park, innovation-agency or business-association',
})}
type: laboratory # TODO: ${w({ it: 'il tipo di organizzazione', en: 'the kind of organisation' })}
country: ${country}
region: ${region}
municipality: ${todo(w({ it: 'comune della sede descritta', en: 'municipality of the site described' }))}
${comment(lang, { it: 'Competenze offerte alle imprese: id da content/taxonomies/expertise-areas.yaml', en: 'Expertise offered to companies: ids from content/taxonomies/expertise-areas.yaml' })}
expertise:
${idList('  ', request.expertise, vocabulary.expertiseAreas[0], w({ it: 'le competenze', en: 'the expertise areas' }))}
${comment(lang, { it: 'Servizi per le imprese, uno per voce.', en: 'Services for companies, one per item.' })}
services:
${bothLanguages('  - ', 'un servizio per le imprese', 'a service for companies').replace('\n  - en', '\n    en')}
howToEngage:
${bothLanguages('  ', 'come un’impresa può lavorare con voi: primo contatto, formati, costi', 'how a company can work with you: first contact, formats, costs')}
${comment(lang, { it: 'Lingue di lavoro: it, en, de, fr', en: 'Working languages: it, en, de, fr' })}
languages:
  - it
website: https://www.example.org/TODO-official-website
description:
${bothLanguages('  ', "che cos'è e che cosa fa l'organizzazione", 'what the organisation is and does')}
${reviewedLines(lang, request.today)}
${sourceLines(lang)}
`;
}

/** Six months on: how long a new request stays on the board unless the editor says otherwise. */
function sixMonthsAfter(date: Date): Date {
  const later = new Date(date);
  later.setUTCMonth(later.getUTCMonth() + 6);
  return later;
}

/** An id as typed in a form: plain when it has the form of an id, else quoted so the YAML stays valid. */
const typedId = (id: string) => (/^[a-z0-9-]+$/.test(id) ? id : quoted(id));

/** A text in both languages; a language not given is a TODO. */
function givenLanguages(indent: string, text: { it: string; en?: string | undefined }, en: string): string {
  return `${indent}it: ${quoted(text.it)}\n${indent}en: ${text.en ? quoted(text.en) : todo(en)}`;
}

function givenSources(sources: RequestAnswers['sources'], lang: Locale): string {
  if (sources.length === 0) return sourceLines(lang);
  return [
    'sources:',
    ...sources.flatMap(({ title, url }) => [
      `  - title: ${title ? quoted(title) : todo(lang === 'it' ? 'nome della fonte' : 'name of the source')}`,
      `    url: ${quoted(url)}`,
    ]),
  ].join('\n');
}

function boardRequest(request: ScaffoldRequest, context: ScaffoldContext, lang: Locale): string {
  const { vocabulary } = context;
  const w = (words: Words) => words[lang];
  const given = request.answers;
  const postedBy = given?.postedBy;
  const poster = postedBy
    ? 'desk' in postedBy
      ? '  desk: true'
      : 'company' in postedBy
        ? `  company: ${postedBy.company}`
        : `  researchCentre: ${postedBy.researchCentre}`
    : request.researchCentres?.[0]
      ? `  researchCentre: ${request.researchCentres[0]}`
      : `  company: ${request.companies?.[0] ?? context.companyIds[0] ?? 'none'}${request.companies?.[0] ? '' : ` # TODO: ${w({ it: 'l’impresa che pubblica (content/companies/), oppure researchCentre: o desk: true', en: 'the company that posts it (content/companies/), or researchCentre: or desk: true' })}`}`;
  const title = given
    ? givenLanguages('  ', given.title, 'the title in English')
    : request.title
      ? `  it: ${quoted(request.title)}\n  en: ${todo('the title in English')}`
      : bothLanguages('  ', 'che cosa si cerca o si offre, in una riga', 'what is sought or offered, in a line');
  const summary = given
    ? givenLanguages('  ', given.summary, 'the summary in English')
    : bothLanguages(
        '  ',
        'che cosa, per quale uso, che cosa porta il partner (2–4 frasi)',
        'what, for what use, what the partner brings (2–4 sentences)',
      );
  return `${comment(lang, {
    it: 'Richiesta o offerta della bacheca. Sostituisci ogni "TODO": il controllo dei contenuti\n(npm run check:content) li segnala finché restano. Guida: CONTRIBUTING.it.md, "Richieste e offerte"',
    en: 'Request or offer of the board. Replace every "TODO": the content check\n(npm run check:content) reports them until they are gone. Guide: CONTRIBUTING.md, "Requests and offers"',
  })}
${comment(lang, { it: 'technology-request, technology-offer, rd-partner-search o business-cooperation', en: 'technology-request, technology-offer, rd-partner-search or business-cooperation' })}
${given ? `kind: ${typedId(given.kind)}` : `kind: technology-request # TODO: ${w({ it: 'il tipo', en: 'the kind' })}`}
${comment(lang, { it: 'true solo per una richiesta inventata che mostra il formato (allora contact: desk).', en: 'true only for a made-up request that shows the format (then contact: desk).' })}
example: false
title:
${title}
summary:
${summary}
sector:
${idList('  ', given?.sectors.map(typedId) ?? request.sectors, vocabulary.sectors[0], w({ it: 'i settori, da content/taxonomies/sectors.yaml', en: 'the sectors, from content/taxonomies/sectors.yaml' }))}
expertise:
${idList('  ', given?.expertise.map(typedId) ?? request.expertise, vocabulary.expertiseAreas[0], w({ it: 'le competenze: servono per gli abbinamenti', en: 'the expertise areas: the matching runs on them' }))}
country: ${given?.country ?? request.country ?? 'IT'}
${comment(lang, { it: 'In bacheca da "posted" a "expires" compreso, finché status è active; dopo la scadenza metti status: closed.', en: 'On the board from "posted" through "expires" while status is active; once expired, set status: closed.' })}
posted: ${isoDay(request.today)}
expires: ${given ? given.expires : isoDay(sixMonthsAfter(request.today))}
status: active
postedBy:
${poster}
${comment(lang, { it: 'organisation: all’indirizzo pubblicato da chi pubblica (altrimenti lo sportello); desk: allo sportello.', en: 'organisation: to the poster’s published address (else the desk); desk: to the desk.' })}
contact: ${given ? typedId(given.contact) : 'organisation'}
${reviewedLines(lang, request.today)}
${given ? givenSources(given.sources, lang) : sourceLines(lang)}
`;
}

/** The files `npm run new` writes for a request, from the project root. */
export function scaffoldFiles(request: ScaffoldRequest, context: ScaffoldContext): ScaffoldFile[] {
  const { folder, translated } = scaffoldKindInfo[request.kind];
  const commentLanguage = request.languages[0] ?? 'it';
  switch (request.kind) {
    case 'company':
      return [{ file: `content/${folder}/${request.id}.yaml`, text: company(request, context, commentLanguage) }];
    case 'research-centre':
      return [
        { file: `content/${folder}/${request.id}.yaml`, text: researchCentre(request, context, commentLanguage) },
      ];
    case 'request':
      return [{ file: `content/${folder}/${request.id}.yaml`, text: boardRequest(request, context, commentLanguage) }];
    default:
      if (!translated) return [];
      return request.languages.map((lang) => ({
        file: `content/${folder}/${lang}/${request.id}.mdx`,
        text:
          request.kind === 'case-study'
            ? caseStudy(request, context, lang)
            : request.kind === 'ip-guide'
              ? ipGuide(request, context, lang)
              : standingPage(request, lang),
      }));
  }
}

/** "Tintoria Azzurrolago S.r.l." → "tintoria-azzurrolago": a suggestion for the file name. */
export function suggestId(title: string): string {
  const id = title
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’]/g, '')
    // The legal form is not part of a good address.
    .replace(/[\s,]+(s\.?\s?r\.?\s?l|s\.?\s?p\.?\s?a|s\.?\s?a\.?\s?s|s\.?\s?n\.?\s?c|sagl|gmbh|ag|sa)\.?\s*$/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (id.length <= 60) return id;
  // A long title is cut at the last whole word that fits.
  const cut = id.slice(0, 61).lastIndexOf('-');
  return cut > 0 ? id.slice(0, cut) : id.slice(0, 60);
}
