/** Matching: the feature's plain TypeScript entry (see README.md). */
export {
  centresForCompany,
  centresForRequest,
  companiesForCentre,
  companiesForRequest,
  complementaryCompanies,
  similarStories,
} from './matching.ts';
