// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { editorialChecks } from './src/lib/content-check/astro-integration.ts';
import { offlineSupport } from './src/integrations/offline.ts';
import { pagefindSearch } from './src/integrations/pagefind.ts';

export default defineConfig({
  // Absolute URLs (canonical, hreflang) need the public origin; set SITE_URL when deploying elsewhere.
  site: process.env.SITE_URL ?? 'https://hub.pmi-network.eu',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Keep the whitespace between elements: search reads "Sede Lecco", not "SedeLecco".
  compressHTML: false,
  // editorialChecks: safe MDX in every compile, and the content check before every build.
  integrations: [editorialChecks(), mdx(), pagefindSearch(), offlineSupport()],
});
