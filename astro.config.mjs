// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  site: 'https://hub.pmi-network.eu',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx()],
});
