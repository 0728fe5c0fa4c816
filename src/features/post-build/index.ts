/** Post-build: the feature's plain TypeScript entry (see README.md). */
export { compactHtmlFiles } from './compact-html.ts';
export { postBuildApart, postBuildLeftOut } from './post-build.ts';
