/** Registers the stacked-tables plugin in Astro's Sätteri Markdown pipeline (used by MDX too). */
import type { AstroIntegration } from 'astro';
import type { HastPluginEntry } from 'satteri';
import { stackedTablesPlugin } from './markdown-plugin.ts';

export function stackedTables(): AstroIntegration {
  return {
    name: 'pmi-network:stacked-tables',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const processor = config.markdown.processor as { name: string; options: { hastPlugins?: HastPluginEntry[] } };
        if (processor.name !== 'satteri') {
          throw new Error(`stacked-tables expects Astro's Sätteri Markdown processor, not "${processor.name}"`);
        }
        processor.options.hastPlugins = [...(processor.options.hastPlugins ?? []), stackedTablesPlugin()];
      },
    },
  };
}
