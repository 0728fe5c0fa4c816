/** Matching: the feature's plain TypeScript entry (see README.md). */
export { centresForCompany, companiesForCentre, complementaryCompanies, similarStories } from './matching.ts';
