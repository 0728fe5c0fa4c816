/** Post-build: the feature's plain TypeScript entry (see README.md). */
export { compactHtmlPages } from './compact-html.ts';
export { postBuildEnabled } from './post-build.ts';
