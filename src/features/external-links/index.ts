/** External links: the feature's plain TypeScript entry (see README.md). */
export { externalLinks } from './integration.ts';
