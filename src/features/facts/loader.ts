/**
 * The content-layer loader of the facts: one store entry per fact, read by read-facts.ts. A build
 * with a broken fact file stops with every problem (file, line, field), like the content check.
 */
import type { Loader } from 'astro/loaders';
import path from 'node:path';
import { ContentError } from '#schemas/format-issues.ts';
import { FACTS_FOLDER, readFacts } from './read-facts.ts';

export function factsLoader({ contentDir }: { contentDir: string }): Loader {
  return {
    name: 'pmi-hub:facts',
    load: async ({ store, parseData, generateDigest, watcher, logger }) => {
      const folder = path.join(contentDir, FACTS_FOLDER);
      const load = async () => {
        const reading = readFacts(contentDir);
        if (reading.problems.length > 0) {
          throw new ContentError(
            reading.problems.map(({ file, line, detail }) => `${file}${line ? `:${line}` : ''}: ${detail}`),
          );
        }
        store.clear();
        for (const fact of reading.facts.values()) {
          const data = await parseData({ id: fact.id, data: { ...fact } });
          store.set({ id: fact.id, data, digest: generateDigest(JSON.stringify(fact)) });
        }
      };
      await load();
      // In `astro dev`, an edited fact file is read again; its problems are logged, not fatal.
      watcher?.add(folder);
      watcher?.on('all', (_event, changed) => {
        if (!changed.startsWith(folder)) return;
        load().catch((error: unknown) => logger.error(error instanceof Error ? error.message : String(error)));
      });
    },
  };
}
