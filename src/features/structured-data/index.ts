/** Structured data: the feature's plain TypeScript entry (see README.md). */
export { breadcrumbTrail } from './breadcrumbs.ts';
export { breadcrumbList } from './json-ld.ts';
