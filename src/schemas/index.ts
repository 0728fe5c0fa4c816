export * from './common';
export * from './context';
export * from './taxonomy';
export { caseStudySchema, ipOutcomes, type IpOutcome, type CaseStudyData } from './case-study';
export { companySchema, sizeBands, type SizeBand, type CompanyData } from './company';
export { researchCentreSchema, organisationTypes, type OrganisationType, type ResearchCentreData } from './research-centre';
export { ipGuideSchema, jurisdictions, type Jurisdiction, type IpGuideData } from './ip-guide';
