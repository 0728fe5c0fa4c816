/**
 * Editorial guards in the Astro build:
 * - safe MDX: every MDX file is checked while it is compiled (an mdast plugin in Astro's Sätteri
 *   Markdown pipeline), so code, unknown components and unsafe links never reach a page, in
 *   `astro dev` as well as in `astro build`;
 * - the content check runs before `astro build` and stops it with the complete list of
 *   problems, in the same words as `npm run check:content`; `astro dev` lists them on start.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { MdastPluginEntry } from 'satteri';
import { ContentError } from '#schemas/format-issues.ts';
import { safeMdxPlugin } from '#features/safe-mdx/index.ts';
import { checkContent } from './check-content.ts';
import { formatProblem } from './problem.ts';

export interface EditorialChecksOptions {
  /** Run the content check before `astro build` (default true). */
  checkBeforeBuild?: boolean;
}

export function editorialChecks({ checkBeforeBuild = true }: EditorialChecksOptions = {}): AstroIntegration {
  return {
    name: 'pmi-hub:editorial-checks',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const root = fileURLToPath(config.root);
        const processor = config.markdown.processor as { name: string; options: { mdastPlugins?: MdastPluginEntry[] } };
        if (processor.name !== 'satteri' || !Array.isArray(processor.options.mdastPlugins)) {
          // Without the guard, unsafe MDX could reach the site: refuse to build rather than pass it.
          throw new Error(
            `The safe-MDX guard needs Astro's Sätteri Markdown processor, but markdown.processor is "${processor.name}". ` +
              'Register src/features/safe-mdx for that processor before changing it.',
          );
        }
        processor.options.mdastPlugins.push(safeMdxPlugin({ root }));

        if (command === 'dev') {
          // In `astro dev` the problems are shown, not fatal: the editor is in the middle of writing.
          const { errors, warnings } = checkContent({ root });
          for (const problem of errors) logger.error(formatProblem(problem));
          for (const problem of warnings) logger.warn(formatProblem(problem));
          return;
        }
        if (command !== 'build' || !checkBeforeBuild) return;
        const result = checkContent({ root, lapsedAsWarnings: true });
        for (const warning of result.warnings) logger.warn(formatProblem(warning));
        if (result.errors.length > 0) {
          throw new ContentError(result.errors.map(formatProblem));
        }
        logger.info(
          `content check: ${result.fileCount} files, no errors, ${result.warnings.length} warnings (${Math.round(result.durationMs)} ms)`,
        );
      },
    },
  };
}
