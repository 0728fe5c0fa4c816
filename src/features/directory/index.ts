/** Directory: the feature's plain TypeScript entry (see README.md). */
export { readCuratedCompanies } from './curated.ts';
export { generateDirectory, REGISTER_TOTAL, seedFrom, toCsv } from './generate.ts';
export {
  byName,
  type DivisionSummary,
  type LetterPage,
  bandOrder,
  type PlaceDivisionPage,
  type PlaceSummary,
  type SearchGroup,
  searchGroups,
} from './groups.ts';
export { readKeyedDirectoryRows } from './rows.ts';
export { divisionLabel, divisionWithCode, type NaceSection, sectionLabel, sectionOfDivision } from './nace.ts';
export { readDirectorySync } from './read-csv.ts';
export { sourceTerms } from './sources.ts';
export {
  directoryCompanyPath,
  directoryLetterPath,
  directoryPath,
  directoryPlaceDivisionPath,
  directoryPlacePath,
  directorySearchPath,
  directorySectorPath,
  directorySectorsPath,
  profileRowShown,
} from './routes.ts';
