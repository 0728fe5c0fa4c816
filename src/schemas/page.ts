/** Front matter of a standing page (about, contribute): content/pages/{it,en}/<slug>.mdx */
import { z } from 'zod';
import { nonEmptyText, reviewed, source, strictObject } from './common.ts';

export const pageSchema = strictObject({
  title: nonEmptyText.describe('Page title'),
  summary: nonEmptyText.max(320, { error: 'keep the summary under 320 characters' }).describe('One or two sentences'),
  reviewed: reviewed.describe('Last editorial check'),
  sources: z.array(source).default([]).describe('Where the facts on the page come from'),
});
