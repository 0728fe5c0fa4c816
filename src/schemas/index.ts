export * from './common.ts';
export * from './context.ts';
export * from './taxonomy.ts';
export { caseStudySchema, ipOutcomes, type IpOutcome, type CaseStudyData } from './case-study.ts';
export { companySchema, sizeBands, type SizeBand, type CompanyData } from './company.ts';
export {
  researchCentreSchema,
  organisationTypes,
  type OrganisationType,
  type ResearchCentreData,
} from './research-centre.ts';
export { ipGuideSchema, jurisdictions, type Jurisdiction, type IpGuideData } from './ip-guide.ts';
export { pageSchema, type PageData } from './page.ts';
export {
  ipComparisonRowSchema,
  ipComparisonSchema,
  comparisonColumns,
  type ComparisonColumn,
  type ComparisonCell,
  type IpComparisonRow,
} from './ip-comparison.ts';
export {
  directoryRowSchema,
  directoryIdPrefixes,
  DESCRIPTION_MAX_LENGTH,
  type DirectoryRowInput,
} from './directory.ts';
