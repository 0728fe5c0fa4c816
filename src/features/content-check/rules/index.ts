/**
 * Every rule of the content check, in the order they run. Each reads the same context and
 * reports on its own, so a run lists every problem at once; the order only groups related
 * rules in CONTRIBUTING.md (problems are sorted by file and line).
 */
import type { AnyRule } from '../rule.ts';
import { callAmounts } from './call-amounts.ts';
import { callDates } from './call-dates.ts';
import { callSources } from './call-sources.ts';
import { comparisonTitles } from './comparison-titles.ts';
import { contentLayout } from './content-layout.ts';
import { directory } from './directory.ts';
import { duplicateNames } from './duplicate-names.ts';
import { emptyEntry } from './empty-entry.ts';
import { facts } from './facts.ts';
import { fileNames } from './file-names.ts';
import { frontMatter } from './front-matter.ts';
import { headings } from './headings.ts';
import { imageDescriptions } from './image-descriptions.ts';
import { images } from './images.ts';
import { ipComparison } from './ip-comparison.ts';
import { ipDecision } from './ip-decision.ts';
import { missingTranslations } from './missing-translations.ts';
import { placeholders } from './placeholders.ts';
import { references } from './references.ts';
import { requestDates } from './request-dates.ts';
import { requestExpired } from './request-expired.ts';
import { requestMailto } from './request-mailto.ts';
import { safeMdx } from './safe-mdx.ts';
import { schema } from './schema.ts';
import { searchSynonyms } from './search-synonyms.ts';
import { siteLinks } from './site-links.ts';
import { sourceUrls } from './source-urls.ts';
import { staleReviews } from './stale-reviews.ts';
import { standingPages } from './standing-pages.ts';
import { translationFacts } from './translation-facts.ts';
import { vocabularies } from './vocabularies.ts';
import { yamlSyntax } from './yaml-syntax.ts';

export const rules: readonly AnyRule[] = [
  // Files and folders.
  contentLayout,
  fileNames,
  // Each file on its own.
  yamlSyntax,
  frontMatter,
  emptyEntry,
  schema,
  placeholders,
  vocabularies,
  // The text of MDX entries.
  safeMdx,
  headings,
  imageDescriptions,
  images,
  siteLinks,
  comparisonTitles,
  // Data shared across pages.
  ipComparison,
  ipDecision,
  searchSynonyms,
  facts,
  sourceUrls,
  // Funding calls: dates, official sources, amounts from facts.
  callDates,
  callSources,
  callAmounts,
  // Requests and offers: dates, expiry, the length of the interest message.
  requestDates,
  requestExpired,
  requestMailto,
  directory,
  // Entries against each other.
  references,
  translationFacts,
  duplicateNames,
  standingPages,
  // Advice: warnings only.
  missingTranslations,
  staleReviews,
];
