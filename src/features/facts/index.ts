/**
 * Facts: every fee, term, amount and date of the IP pages, written once in content/facts/ with
 * the dates each value applies, and shown by build date. This entry is plain TypeScript (scripts,
 * the content check, the loader); pages and MDX take the components from ./astro.ts.
 */
export { factsLoader } from './loader.ts';
export { readFacts, FACTS_FOLDER, type FactEntry, type FactProblem, type FactsReading } from './read-facts.ts';
export { buildDate, parseBuildDate, BUILD_DATE_VARIABLE } from './build-date.ts';
export { viewFact, regimesInView, NOTICE_DAYS, type FactView } from './regime.ts';
export { formatFactValue, formatRegime } from './format.ts';
export { splitFactText, factIdsIn, factIdsInMdx, withoutFactTokens } from './fact-text.ts';
export { lawAsOfFromFacts } from './law-as-of.ts';
export { checkFacts, type FactCheckInput, type FactCheckResult } from './check.ts';
export { findTypedFigures, type TypedFigure } from './typed-figures.ts';
