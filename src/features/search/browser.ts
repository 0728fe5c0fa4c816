/** The search feature's browser entry: for scripts of pages. */
export { startFindExpertise } from './browser/find-expertise.ts';
