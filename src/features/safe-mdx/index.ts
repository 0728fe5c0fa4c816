/**
 * Safe MDX at build time and in the content check. Both parse with Sätteri, the MDX parser
 * Astro's MDX integration uses, so the check sees exactly the tree the build compiles.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mdxToMdast, type MdastPluginDefinition } from 'satteri';
import { explainMdxParseError } from './explain-parse-error.ts';
import { findUnsafeMdx, type MdxNode, type MdxOutline, type MdxProblem } from './find-unsafe-mdx.ts';

export { allowedComponentNames } from './allowed-components.ts';
export { checkLinkUrl, type MdxOutline, type MdxProblem } from './find-unsafe-mdx.ts';

/** GFM on, as in Astro's MDX pipeline: tables inside <Comparison> must parse as tables. */
const features = { gfm: true } as const;

export interface MdxInspection {
  problems: MdxProblem[];
  /** Undefined when the file could not be parsed at all. */
  outline: MdxOutline | undefined;
}

/** Parses a whole .mdx file (front matter included, so lines match the file) and lists what is unsafe. */
export function inspectMdx(source: string): MdxInspection {
  let tree: MdxNode;
  try {
    tree = mdxToMdast(source, { features }) as unknown as MdxNode;
  } catch (error) {
    return { problems: [explainMdxParseError((error as Error).message)], outline: undefined };
  }
  return findUnsafeMdx(tree);
}

export class UnsafeMdxError extends Error {
  readonly file: string;
  readonly problems: readonly MdxProblem[];
  /** Read by Astro's MDX integration to point its error overlay at the first problem. */
  readonly line: number | undefined;
  readonly column = 1;

  constructor(file: string, problems: readonly MdxProblem[]) {
    super(
      `${file} contains what content may not contain:\n` +
        problems
          .map((problem) => `  - ${file}${problem.line ? `:${problem.line}` : ''}: ${problem.message}`)
          .join('\n'),
    );
    this.name = 'UnsafeMdxError';
    this.file = file;
    this.problems = problems;
    this.line = problems[0]?.line;
  }
}

/**
 * The build-time guard: an mdast plugin for Astro's Sätteri pipeline that stops the compile of
 * any MDX file containing code, unknown components or unsafe links. `root` turns absolute file
 * paths into the content/… paths editors know.
 */
export function safeMdxPlugin({ root }: { root: string }): MdastPluginDefinition {
  return {
    name: 'pmi-hub-safe-mdx',
    options: { position: true },
    before(tree, context) {
      const { problems } = findUnsafeMdx(tree as unknown as MdxNode);
      if (problems.length === 0) return;
      const file = context.fileURL
        ? path.relative(root, fileURLToPath(context.fileURL)).split(path.sep).join('/')
        : '(MDX file)';
      throw new UnsafeMdxError(file, problems);
    },
  };
}
