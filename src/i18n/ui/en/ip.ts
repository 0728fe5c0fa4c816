import type { ip as italian } from '../it/ip.ts';

/** English interface text: the intellectual-property guides, their comparison, dated facts and the decision guide. The Italian module's keys, no more, no fewer. */
export const ip: typeof italian = {
  'ip.title': 'Intellectual property for SMEs',
  'ip.lead':
    'Practical guides to patents, utility models, trademarks, designs and trade secrets, with the differences between Italy, Switzerland and the European Union. Each guide gives the date of the law it describes and its sources.',
  'ip.lawAsOf': 'Law as of',
  'ip.jurisdictions': 'Jurisdictions',
  'ip.topic': 'Topic',
  'ip.toBeChecked': 'To be checked',
  'ip.toBeCheckedLead': 'On these points the sources disagree or the law is changing:',
  'ip.disclaimer': 'General information, not legal advice. Before you decide, talk to a patent or trademark attorney.',
  'ip.otherTopics': 'Other topics',
  'ip.start': 'Where to start',
  'ip.compare.link': 'Italy, Switzerland and the EU compared',
  'ip.compare.linkBody': 'The key facts side by side, with the date of the law and the source of every fact.',
  'ip.compare.title': 'Italy, Switzerland and the EU compared',
  'ip.compare.lead':
    'Patents, utility models, trademarks, designs and trade secrets: the main rules of the three legal systems that matter to a business between Lecco and Ticino. Every fact has its source; every row the date of the law and the guide that explains it.',
  'ip.compare.caption': 'Intellectual property: Italy, Switzerland and the EU compared',
  'ip.compare.aspect': 'What is compared',
  'ip.compare.euColumn': 'EU and European patent',
  'ip.compare.euNote':
    'The EU column covers rights valid across the Union (EU trade mark and design, Unitary Patent) and the European patent granted by the EPO, which also covers Switzerland.',
  'ip.compare.source': 'Source:',
  'ip.compare.guide': 'Guide:',
  'ip.compare.flagged': (n: number) =>
    n === 1
      ? '1 fact is marked “to be checked”: the sources disagree or the law is changing.'
      : `${n} facts are marked “to be checked”: the sources disagree or the law is changing.`,
  'ip.decide.link': 'Which protection do I need?',
  'ip.decide.linkBody': 'Two questions, then the right guides for your case.',
  'ip.decide.homePrompt': 'Not sure where to start?',
  'ip.decide.title': 'Which protection do I need?',
  'ip.decide.lead':
    'Answer two questions: what you want to protect, and where you sell or produce. We point you to the guides to read, and say why.',
  'ip.decide.step': (step: number, of: number) => `Step ${step} of ${of}`,
  'ip.decide.needQuestion': 'What do you want to protect?',
  'ip.decide.marketQuestion': 'Where do you sell or produce?',
  'ip.decide.marketLead': 'Pick the widest market that matters to you today or in the next few years.',
  'ip.decide.resultTitle': 'The guides for your case',
  'ip.decide.resultLead': (need: string, market: string) => `You want to protect: ${need}. Market: ${market}.`,
  'ip.decide.youChose': 'Your answers',
  'ip.decide.protect': 'To protect',
  'ip.decide.market': 'Market',
  'ip.decide.change': 'change',
  'ip.decide.back': 'Back',
  'ip.decide.restart': 'Start again',
  'ip.decide.allGuides': 'All guides',
  'ip.decide.adviceNote': 'A first pointer, not legal advice: before you file, talk to a patent or trademark attorney.',

  'fact.from': (date: string) => `from ${date}`,
  'fact.until': (date: string) => `until ${date}`,
  'fact.endedOn': (date: string) => `ended on ${date}`,
  'fact.sourceOf': (label: string) => `Source of “${label}”`,
  'fact.schedule.range': (first: string, firstYear: number, last: string, lastYear: number) =>
    `from ${first} (year ${firstYear}) to ${last} (year ${lastYear})`,
  'fact.schedule.year': 'Year',
  'fact.schedule.amount': 'Amount',
  'fact.schedule.yearNumber': (year: number) => String(year),
  'fact.schedule.caption': (label: string, period: string) => `${label}, ${period}`,
  'fact.changes.title': 'Coming changes',
  'fact.changes.lead':
    'These figures on this page change soon; the text already shows the new value next to the current one:',
  'fact.source': 'Source:',
  'fact.change.title': (date: string) => `Changes on ${date}`,
  'fact.change.previousTitle': (date: string) => `Previous rule, in force until ${date}`,

  'jurisdiction.IT': 'Italy',
  'jurisdiction.CH': 'Switzerland',
  'jurisdiction.EU': 'European Union',
  'jurisdiction.INT': 'International',
};
