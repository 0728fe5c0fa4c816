/** Front matter of an IP guide: content/ip-guides/{it,en}/<slug>.mdx */
import { z } from 'zod';
import { calendarDate, expected, nonEmptyText, reviewed, sources, strictObject } from './common.ts';
import { vocabularyTerm, type Vocabulary } from './taxonomy.ts';

export const jurisdictions = ['IT', 'CH', 'EU', 'INT'] as const;

export function ipGuideSchema({ vocabulary }: { vocabulary: Vocabulary }) {
  return strictObject({
    title: nonEmptyText.max(120, { error: 'keep the title under 120 characters' }).describe('Title of the guide'),
    summary: nonEmptyText
      .max(320, { error: 'keep the summary under 320 characters' })
      .describe('What the reader will know after reading, in one or two sentences'),
    topic: vocabularyTerm(vocabulary.ipTopics, 'ip-topics.yaml').describe('Main IP topic'),
    jurisdictions: z
      .array(z.enum(jurisdictions, { error: expected('expected IT, CH, EU or INT (international)') }))
      .min(1, { error: 'needs at least one jurisdiction' })
      .describe('Legal systems the guide covers'),
    lawAsOf: calendarDate
      .optional()
      .describe(
        'Date of the law the guide describes (YYYY-MM-DD): only for a guide that uses no facts; otherwise the site takes the newest review date of the facts it uses',
      ),
    reviewed: reviewed.describe('Last editorial check'),
    sources: sources.describe('Laws, offices and guides the text relies on'),
    toBeChecked: z
      .array(nonEmptyText)
      .default([])
      .describe('Points where sources disagree or the law is changing: shown to readers as "to be checked"'),
  }).refine((guide) => !guide.lawAsOf || guide.lawAsOf.getTime() <= guide.reviewed.date.getTime(), {
    error: '"lawAsOf" cannot be later than the review date: the law can only be known as of when it was checked',
    path: ['lawAsOf'],
  });
}
