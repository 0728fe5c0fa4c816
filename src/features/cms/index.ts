/** The CMS at /admin/: the feature's plain TypeScript entry (see README.md). */
export { cmsConfigYaml } from './cms-config.ts';
export { cmsAdmin } from './integration.ts';
export { startLocalProxy, type LocalProxy } from './local-proxy.ts';
