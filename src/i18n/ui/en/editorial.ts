import type { editorial as italian } from '../it/editorial.ts';

/** English interface text: the editorial report. The Italian module's keys, no more, no fewer. */
export const editorial: typeof italian = {
  'report.title': 'Editorial report',
  'report.lead':
    'What needs the editors’ attention: entries to review again, missing translations, sources, profiles no success story names yet, and open points in the guides.',
  'report.generated': 'Up to date as of the build of',
  'report.sameAs': 'The same report, as Markdown to paste into a pull request:',
  'report.howTo': 'How to fix an entry: CONTRIBUTING.md',
  'report.errors': (n: number) =>
    `The content check finds ${n} ${n === 1 ? 'error' : 'errors'}: run npm run check:content.`,
  'report.summary': 'At a glance',
  'report.none': 'Nothing to report.',
  'report.edit': 'Edit the file',
  'report.example': 'Example',

  'report.stale': (months: number) => `Reviews older than ${months} months`,
  'report.staleLead': 'Check the facts and sources, then set {field} to the day of the check.',
  'report.reviewedOn': 'Last reviewed',
  'report.monthsAgo': (n: number) => `${n} months ago`,
  'report.by': 'by',
  'report.missing': 'Missing translations',
  'report.missingLead': 'Until the translation is there, the site shows the other language with a notice.',
  'report.missingVersion': (language: string) => `No ${language} version yet`,
  'report.missingFields': (language: string) => `Texts without a ${language} version:`,
  'report.sources': 'Entries without sources',
  'report.sourcesLead': 'Readers cannot check these facts. Only fictional examples may have none.',
  'report.orphans': 'Companies and centres not named in any success story',
  'report.orphansLead': 'Candidates for a new success story, or profiles to link from an existing one.',
  'report.open': 'IP guides: points still to be checked',
  'report.openLead': 'Readers see them as “to be checked” until the law or the sources settle.',
  'report.facts': (days: number) => `Facts due for review within ${days} days`,
  'report.factsLead':
    'Every fee, term and amount of the IP guides, by review date. Check each regime against its source, then update reviewed.date and reviewBy.',
  'report.reviewBy': 'Review by',
  'report.overdue': (n: number) => `overdue by ${n} ${n === 1 ? 'day' : 'days'}`,
  'report.daysLeft': (n: number) => `in ${n} ${n === 1 ? 'day' : 'days'}`,
  'report.terms': 'Vocabulary terms nobody uses',
  'report.termsLead': 'Not a mistake; a term nobody uses for long may be removed.',
};
