/** Registers the external-links plugin in Astro's Sätteri Markdown pipeline (used by MDX too). */
import type { AstroIntegration } from 'astro';
import type { HastPluginEntry } from 'satteri';
import { externalLinksPlugin } from './markdown-plugin.ts';

export function externalLinks(): AstroIntegration {
  return {
    name: 'pmi-network:external-links',
    hooks: {
      'astro:config:setup': ({ config }) => {
        if (!config.site) throw new Error('external links need `site` in astro.config to tell our pages from others');
        const processor = config.markdown.processor as { name: string; options: { hastPlugins?: HastPluginEntry[] } };
        if (processor.name !== 'satteri') {
          throw new Error(`external-links expects Astro's Sätteri Markdown processor, not "${processor.name}"`);
        }
        processor.options.hastPlugins = [
          ...(processor.options.hastPlugins ?? []),
          externalLinksPlugin({ site: config.site }),
        ];
      },
    },
  };
}
