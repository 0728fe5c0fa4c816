import { formatIssues } from '#schemas/format-issues.ts';
import { defineRule } from '../rule.ts';

export const schema = defineRule({
  id: 'schema',
  summary: {
    en: 'Every field of every entry is as its schema says: required fields, known fields, vocabulary ids, dates, https addresses',
    it: 'Ogni campo di ogni scheda è come dice il suo schema: campi obbligatori, campi noti, id dei vocabolari, date, indirizzi https',
  },
  fixtures: [
    'cms-story-saved-without-english',
    'centre-contact-without-source',
    'centre-description-in-no-language',
    'centre-invalid-email',
    'centre-unknown-type',
    'company-http-website',
    'company-javascript-website',
    'company-missing-name',
    'company-offer-without-title',
    'company-real-without-sources',
    'company-region-in-other-country',
    'company-review-date-in-future',
    'company-review-date-invalid',
    'company-sector-not-in-vocabulary',
    'company-unknown-field',
    'guide-law-date-after-review',
    'guide-unknown-jurisdiction',
    'story-cover-without-alt',
    'story-date-in-future',
    'story-trl-goes-down',
    'story-schema-error-and-translation-mismatch',
  ],
  // The schemas (src/schemas/) word their own messages, the same in the build.
  messages: {},
  check({ entries }, report) {
    for (const entry of entries) {
      for (const issue of entry.issues) {
        const [text] = formatIssues(entry.file, [issue]);
        const at = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
        report('error', entry.file, entry.source?.lineOf(at), text!.slice(entry.file.length + 2));
      }
    }
  },
});
