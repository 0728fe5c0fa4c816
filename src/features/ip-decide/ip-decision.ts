/**
 * The IP decision helper: "what do I want to protect?" → "where do I sell or produce?" → the
 * guides to read, each with a one-line reason. Pure data and logic; the pages under
 * src/pages/[lang]/ip/decide/ render it as plain linked pages, one per step, with no JavaScript.
 * Every guide named here must exist in content/ip-guides/ (the pages check it at build time).
 * Figures are never typed here: a reason names a fact as {fact:<id>} (content/facts/), which the
 * page renders with its value of the day, and the content check verifies.
 */
import type { Locale } from '#i18n/locales.ts';

type Text = Readonly<Record<Locale, string>>;

export const protectionNeeds = ['invention', 'improvement', 'brand', 'look', 'know-how', 'software'] as const;
export type ProtectionNeed = (typeof protectionNeeds)[number];

export const markets = ['italy', 'switzerland', 'eu', 'worldwide'] as const;
export type Market = (typeof markets)[number];

export const needLabels: Readonly<Record<ProtectionNeed, { label: Text; hint: Text }>> = {
  invention: {
    label: { it: 'Un’invenzione', en: 'An invention' },
    hint: {
      it: 'Una soluzione tecnica nuova: un dispositivo, un procedimento, un materiale.',
      en: 'A new technical solution: a device, a process, a material.',
    },
  },
  improvement: {
    label: { it: 'Un miglioramento tecnico', en: 'A technical improvement' },
    hint: {
      it: 'Una forma o disposizione che rende più pratico un utensile, una macchina, un oggetto.',
      en: 'A shape or arrangement that makes a tool, machine or object work better.',
    },
  },
  brand: {
    label: { it: 'Un nome o un logo', en: 'A name or a logo' },
    hint: {
      it: 'Il segno con cui i clienti riconoscono i tuoi prodotti o servizi.',
      en: 'The sign by which customers recognise your products or services.',
    },
  },
  look: {
    label: { it: 'L’aspetto di un prodotto', en: 'The look of a product' },
    hint: {
      it: 'Forma, linee, colori, decorazioni, anche di un’interfaccia grafica.',
      en: 'Shape, lines, colours, decoration, including a graphical interface.',
    },
  },
  'know-how': {
    label: { it: 'Know-how o una ricetta', en: 'Know-how or a recipe' },
    hint: {
      it: 'Formule, parametri di processo, liste clienti: ciò che vale finché resta riservato.',
      en: 'Formulas, process settings, customer lists: what is worth something while it stays confidential.',
    },
  },
  software: {
    label: { it: 'Un software', en: 'Software' },
    hint: {
      it: 'Codice, un’app, il firmware di una macchina, un algoritmo.',
      en: 'Code, an app, a machine’s firmware, an algorithm.',
    },
  },
};

export const marketLabels: Readonly<Record<Market, { label: Text; hint: Text }>> = {
  italy: {
    label: { it: 'Italia', en: 'Italy' },
    hint: { it: 'Vendo o produco soprattutto in Italia.', en: 'I sell or produce mainly in Italy.' },
  },
  switzerland: {
    label: { it: 'Svizzera', en: 'Switzerland' },
    hint: { it: 'Vendo o produco soprattutto in Svizzera.', en: 'I sell or produce mainly in Switzerland.' },
  },
  eu: {
    label: { it: 'Più Paesi dell’UE', en: 'Several EU countries' },
    hint: {
      it: 'Il mercato è europeo, oltre l’Italia o la Svizzera.',
      en: 'My market is European, beyond Italy or Switzerland.',
    },
  },
  worldwide: {
    label: { it: 'Anche fuori dall’Europa', en: 'Beyond Europe too' },
    hint: {
      it: 'Esporto o produco anche in Paesi extraeuropei.',
      en: 'I export or produce outside Europe as well.',
    },
  },
};

interface Recommendation {
  guide: string;
  reason: Text;
  /** The markets it applies to; every market when absent. */
  only?: readonly Market[];
}

const fairs: Recommendation = {
  guide: 'prior-disclosure-trade-fairs',
  reason: {
    it: 'Mostrarla prima di depositare può costarti la tutela: non c’è un periodo di grazia generale.',
    en: 'Showing it before you file can cost you protection: there is no general grace period.',
  },
};

const recommendations: Readonly<Record<ProtectionNeed, readonly Recommendation[]>> = {
  invention: [
    {
      guide: 'patents-italy',
      only: ['italy'],
      reason: {
        it: 'Il brevetto italiano: primo deposito economico con ricerca dell’EPO.',
        en: 'The Italian patent: a low-cost first filing with a search by the EPO.',
      },
    },
    {
      guide: 'patents-switzerland',
      only: ['switzerland'],
      reason: {
        it: 'Il brevetto svizzero: economico; dal {fact:ch.patent.reform-in-force} con ricerca obbligatoria ed esame completo su richiesta.',
        en: 'The Swiss patent: inexpensive; from {fact:ch.patent.reform-in-force} with a mandatory search and full examination on request.',
      },
    },
    {
      guide: 'european-unitary-patent',
      only: ['eu', 'worldwide', 'switzerland'],
      reason: {
        it: 'Un solo esame all’EPO per molti Paesi, Svizzera compresa; brevetto unitario per {fact:eu.unitary-patent.states} Stati UE.',
        en: 'One EPO examination for many countries, Switzerland included; a Unitary Patent for {fact:eu.unitary-patent.states} EU states.',
      },
    },
    {
      guide: 'pct-international-route',
      only: ['worldwide'],
      reason: {
        it: 'Una domanda internazionale tiene aperti quasi tutti i Paesi del mondo fino alle fasi nazionali: {fact:int.pct.national-phase}.',
        en: 'One international application keeps almost every country open until the national phases: {fact:int.pct.national-phase}.',
      },
    },
    {
      guide: 'where-to-file-patent',
      reason: {
        it: 'Il quadro delle strade possibili e come combinarle tra Lecco e il Ticino.',
        en: 'All the routes side by side, and how to combine them between Lecco and Ticino.',
      },
    },
    fairs,
    {
      guide: 'freedom-to-operate',
      reason: {
        it: 'Prima di investire, verifica di non violare i brevetti di altri.',
        en: 'Before you invest, check that you do not infringe other people’s patents.',
      },
    },
  ],
  improvement: [
    {
      guide: 'utility-models',
      reason: {
        it: 'Il modello di utilità: tutela per {fact:it.utility-model.term} con esame solo formale, ma solo in Italia.',
        en: 'The utility model: protection for {fact:it.utility-model.term} after a formal check, but in Italy only.',
      },
    },
    {
      guide: 'patents-italy',
      only: ['italy'],
      reason: {
        it: 'Se il miglioramento è inventivo, il brevetto dura {fact:it.patent.term} invece di {fact:it.utility-model.term}.',
        en: 'If the improvement is inventive, a patent lasts {fact:it.patent.term} instead of {fact:it.utility-model.term}.',
      },
    },
    {
      guide: 'patents-switzerland',
      only: ['switzerland'],
      reason: {
        it: 'In Svizzera non c’è il modello di utilità: l’unico titolo tecnico è il brevetto.',
        en: 'Switzerland has no utility model: the patent is the only right for technical features.',
      },
    },
    {
      guide: 'european-unitary-patent',
      only: ['eu', 'worldwide'],
      reason: {
        it: 'Per più Paesi europei serve un brevetto europeo, anche per un miglioramento.',
        en: 'For several European countries you need a European patent, improvement or not.',
      },
    },
    {
      guide: 'pct-international-route',
      only: ['worldwide'],
      reason: {
        it: 'Fuori dall’Europa la domanda PCT rimanda le spese e tiene aperte le opzioni.',
        en: 'Outside Europe a PCT application postpones costs and keeps options open.',
      },
    },
    fairs,
  ],
  brand: [
    {
      guide: 'trademarks',
      reason: {
        it: 'Il marchio: dove registrarlo (UIBM, IPI, EUIPO) e come sceglierne uno forte.',
        en: 'Trademarks: where to register (UIBM, IPI, EUIPO) and how to choose a strong one.',
      },
    },
    {
      guide: 'ip-costs-funding',
      only: ['italy', 'eu', 'worldwide'],
      reason: {
        it: 'Le PMI con sede nell’UE possono farsi rimborsare parte delle tasse dal Fondo PMI.',
        en: 'SMEs based in the EU can get part of the fees back from the SME Fund.',
      },
    },
    {
      guide: 'ip-costs-funding',
      only: ['switzerland'],
      reason: {
        it: 'Quanto costa il marchio svizzero e quali aiuti esistono per le imprese ticinesi.',
        en: 'What a Swiss trademark costs and what support exists for Ticino companies.',
      },
    },
    {
      guide: 'freedom-to-operate',
      reason: {
        it: 'Prima del lancio, controlla che il nome non sia già di qualcun altro.',
        en: 'Before the launch, check that the name does not already belong to someone else.',
      },
    },
  ],
  look: [
    {
      guide: 'designs',
      reason: {
        it: 'Il design registrato protegge l’aspetto fino a {fact:it.design.max-term}; periodo di grazia: {fact:eu.design.grace-period}.',
        en: 'A registered design protects the look for up to {fact:it.design.max-term}; grace period: {fact:eu.design.grace-period}.',
      },
    },
    {
      guide: 'trademarks',
      reason: {
        it: 'Una forma molto riconoscibile può a volte essere anche un marchio.',
        en: 'A highly recognisable shape can sometimes be a trademark as well.',
      },
    },
    {
      guide: 'ip-costs-funding',
      only: ['italy', 'eu', 'worldwide'],
      reason: {
        it: 'Tasse di deposito e contributi: il Fondo PMI rimborsa parte delle tasse sui design.',
        en: 'Filing fees and grants: the SME Fund refunds part of design fees.',
      },
    },
  ],
  'know-how': [
    {
      guide: 'trade-secrets-ndas',
      reason: {
        it: 'Il segreto è tutelato solo se prendi misure ragionevoli: ecco quali, e come scrivere un NDA.',
        en: 'A secret is protected only if you take reasonable steps: which ones, and how to write an NDA.',
      },
    },
    {
      guide: 'licensing-technology-transfer',
      reason: {
        it: 'Come concedere in licenza il know-how senza perderne il controllo.',
        en: 'How to license know-how without losing control of it.',
      },
    },
    {
      guide: 'research-collaborations-ip',
      reason: {
        it: 'Se lo sviluppi con un’università, chiarisci prima a chi vanno i risultati.',
        en: 'If you develop it with a university, settle first who owns the results.',
      },
    },
    {
      guide: 'ip-audit-checklist',
      reason: {
        it: 'Fai l’inventario di ciò che sai fare e di chi lo sa.',
        en: 'Take stock of what you know and who knows it.',
      },
    },
  ],
  software: [
    {
      guide: 'software-protection',
      reason: {
        it: 'Il codice è tutelato dal diritto d’autore; un brevetto solo se c’è un effetto tecnico.',
        en: 'Code is protected by copyright; a patent only where there is a technical effect.',
      },
    },
    {
      guide: 'trade-secrets-ndas',
      reason: {
        it: 'Il codice sorgente e gli algoritmi si proteggono anche tenendoli riservati.',
        en: 'Source code and algorithms can also be protected by keeping them confidential.',
      },
    },
    {
      guide: 'licensing-technology-transfer',
      reason: {
        it: 'Licenze d’uso, open source e contratti di sviluppo: che cosa scrivere.',
        en: 'User licences, open source and development contracts: what to put in writing.',
      },
    },
    {
      guide: 'european-unitary-patent',
      only: ['eu', 'worldwide'],
      reason: {
        it: 'Per un’invenzione attuata via software, l’EPO applica criteri precisi sul carattere tecnico.',
        en: 'For a computer-implemented invention, the EPO applies clear tests of technical character.',
      },
    },
  ],
};

export interface GuideAdvice {
  guide: string;
  reason: string;
}

/** The guides for a need and a market, in reading order, each once. */
export function adviceFor(need: ProtectionNeed, market: Market, locale: Locale): GuideAdvice[] {
  const seen = new Set<string>();
  const advice: GuideAdvice[] = [];
  for (const recommendation of recommendations[need]) {
    if (recommendation.only && !recommendation.only.includes(market)) continue;
    if (seen.has(recommendation.guide)) continue;
    seen.add(recommendation.guide);
    advice.push({ guide: recommendation.guide, reason: recommendation.reason[locale] });
  }
  return advice;
}

/** Every guide the helper can lead to, for the build-time check that they all exist. */
export function guidesNamedByTheHelper(): string[] {
  return [...new Set(Object.values(recommendations).flatMap((list) => list.map((item) => item.guide)))].sort();
}

/** Every reason in both languages, for the content check of the facts they name. */
export function decisionTexts(): string[] {
  return Object.values(recommendations).flatMap((list) => list.flatMap((item) => Object.values(item.reason)));
}
