// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  // Absolute URLs (canonical, hreflang) need the public origin; set SITE_URL when deploying elsewhere.
  site: process.env.SITE_URL ?? 'https://hub.pmi-network.eu',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx()],
});
