/** Post-build: the feature's plain TypeScript entry (see README.md). */
export { compactHtmlFiles } from './compact-html.ts';
export { POST_BUILD_APART, POST_BUILD_VARIABLE, postBuildApart, postBuildLeftOut } from './post-build.ts';
