/** Security headers: the feature's plain TypeScript entry (see README.md). */
export { securityHeadersFile } from './integration.ts';
export { NOT_FOR_VISITORS } from './headers-file.ts';
export { ADMIN_PATH, adminPolicy, CMS_LOCAL_PROXY, cspDirectives, scriptSources, styleSources } from './policy.ts';
