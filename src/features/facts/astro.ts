/** The facts for pages and MDX: components and the build's facts (they need Astro's runtime). */
export { default as Fact } from './Fact.astro';
export { default as FeeSchedule } from './FeeSchedule.astro';
export { default as FactText } from './FactText.astro';
export { getFacts, siteDate, openPointsOf, comingChangesOf, type OpenPoint } from './site-facts.ts';
