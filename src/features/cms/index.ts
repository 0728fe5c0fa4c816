/** The CMS at /admin/: the feature's plain TypeScript entry (see README.md). */
export { cmsConfig, cmsConfigYaml, type CmsConfig } from './cms-config.ts';
export { cmsAdmin } from './integration.ts';
export { CmsConfigError } from './schema-fields.ts';
export { startLocalProxy, type LocalProxy } from './local-proxy.ts';
