/** Security headers: the feature's plain TypeScript entry (see README.md). */
export { securityHeadersFile } from './integration.ts';
export { cspDirectives, scriptSources, styleSources } from './policy.ts';
