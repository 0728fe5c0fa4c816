export * from './common.ts';
export * from './context.ts';
export * from './taxonomy.ts';
export { caseStudySchema, type CaseStudyData } from './case-study.ts';
export { companySchema, type CompanyData } from './company.ts';
export {
  researchCentreSchema,
  organisationTypes,
  type OrganisationType,
  type ResearchCentreData,
} from './research-centre.ts';
export { ipGuideSchema } from './ip-guide.ts';
export { pageSchema } from './page.ts';
export { ipComparisonRowSchema } from './ip-comparison.ts';
export { callSchema } from './calls.ts';
export { eventSchema } from './events.ts';
export { requestSchema } from './requests.ts';
