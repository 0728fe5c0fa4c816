/** Content check: the feature's plain TypeScript entry (see README.md). */
export { editorialChecks } from './astro-integration.ts';
export { checkContent } from './check-content.ts';
export { inFileOrder, readComparisonRowOrder } from './comparison-order.ts';
export {
  contentDataFiles,
  type ContentKind,
  contentKindNames,
  contentKinds,
  ID_PATTERN,
  schemasFor,
} from './content-kinds.ts';
export { findCrossEntryProblems } from './cross-entry.ts';
export {
  buildEditorialReport,
  editorialReportMarkdown,
  FACT_REVIEW_NOTICE_DAYS,
  type ReportEntry,
  STALE_AFTER_MONTHS,
} from './editorial-report.ts';
export { readGuideSlugs } from './guide-slugs.ts';
export { imageLimits } from './images.ts';
export { issueFormFields, readIssueForm } from './issue-form.ts';
export { RULES_TABLE_COMMAND, rulesTableFiles, withRulesTable } from './rules-table.ts';
export { formatProblem, githubAnnotation, type Problem } from './problem.ts';
export { requestFromIssue } from './request-from-issue.ts';
export {
  type ScaffoldContext,
  scaffoldFiles,
  type ScaffoldKind,
  scaffoldKindInfo,
  scaffoldKinds,
  type ScaffoldRequest,
  suggestId,
} from './templates.ts';
export { loadVocabulary, readVocabulary, taxonomyFiles } from './vocabulary.ts';
export { readYaml, type YamlSource } from './yaml-source.ts';
