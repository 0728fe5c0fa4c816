/**
 * npm run cms:config — prints the CMS configuration the build writes to /admin/config.yml,
 * generated from the zod schemas of src/schemas/ (src/features/cms/). A schema field the
 * generator cannot show stops it with the field's path.
 */
import { cmsConfigYaml } from '#features/cms/index.ts';
import path from 'node:path';
import { projectRoot } from '#scripts/support/paths.ts';
import { readSiteOrigin } from '#scripts/support/site-map.ts';

process.stdout.write(
  cmsConfigYaml({
    root: projectRoot,
    siteUrl: process.env['SITE_URL'] ?? readSiteOrigin(path.join(projectRoot, 'astro.config.mjs')) ?? '',
    authUrl: process.env['PMI_CMS_AUTH_URL'],
  }),
);
