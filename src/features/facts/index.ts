/**
 * Facts: every fee, term, amount and date of the IP pages, written once in content/facts/ with
 * the dates each value applies, and shown by build date. This entry is plain TypeScript (scripts,
 * the content check, the loader); pages and MDX take the components from ./astro.ts.
 */
export { factsLoader } from './loader.ts';
export { readFacts, FACTS_FOLDER, type FactEntry, type FactsReading } from './read-facts.ts';
export { splitFactText, factIdsIn, factIdsInMdx, withoutFactTokens } from './fact-text.ts';
export { lawAsOfFromFacts } from './law-as-of.ts';
export { checkFacts } from './check.ts';
export { factsWithValue, findTypedFigures } from './typed-figures.ts';
export { buildDate } from './build-date.ts';
