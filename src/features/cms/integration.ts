/** Writes /admin/ after the build (admin-files.ts), last, so search, offline and sitemap never see it. */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeAdmin } from './admin-files.ts';

export function cmsAdmin(): AstroIntegration {
  let root = process.cwd();
  let site = '';
  return {
    name: 'pmi-network:cms-admin',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        site = config.site ?? '';
      },
      'astro:build:done': async ({ dir, logger }) => {
        const files = await writeAdmin(fileURLToPath(dir), {
          root,
          siteUrl: site,
          authUrl: process.env['PMI_CMS_AUTH_URL'],
        });
        logger.info(`/admin/ written: the CMS and its configuration (${files} files)`);
      },
    },
  };
}
