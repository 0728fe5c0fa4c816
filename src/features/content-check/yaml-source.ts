/**
 * YAML read with positions, so every problem can name its line: a whole .yaml file, or the
 * front matter of an .mdx file (whose lines are shifted by the opening "---").
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';

export interface YamlSource {
  /** The parsed document; undefined when the YAML could not be read at all. */
  document: Document.Parsed | undefined;
  /** Plain data (strings, numbers, lists, groups), or undefined when unreadable. */
  data: unknown;
  /** Syntax problems, already in plain words, with their file line. */
  syntaxProblems: { line: number | undefined; message: string }[];
  /**
   * File line of a field path such as ['offers', 0, 'title']. A missing field gets the line of the
   * group that lacks it (its field, or its list item), and at the top the line where the fields start.
   */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
  /** Every text value with its path and line, for the TODO check. */
  scalars: () => { path: (string | number)[]; value: string; line: number | undefined; endLine: number | undefined }[];
}

function explainYamlError(code: string, message: string, text: string): string {
  switch (code) {
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return 'this value contains ": " (a colon and a space), which YAML reads as a new field: put the whole value in double quotes, e.g. title: "Patents: a practical guide"';
    case 'TAB_AS_INDENT':
      return 'a tab is used for indentation: indent with spaces only';
    case 'DUPLICATE_KEY': {
      const key = /^\s*-?\s*["']?([^"':\n]+)/.exec(text)?.[1]?.trim();
      return `the field ${key ? `"${key}" ` : ''}appears twice in the same group: keep only one`;
    }
    case 'BAD_INDENT':
      return 'the indentation is not consistent: fields of the same group must start in the same column (use spaces)';
    case 'MISSING_CHAR':
      return /quote/i.test(message)
        ? 'a quote is opened but never closed: add the closing quote at the end of the value'
        : 'a bracket or quote is not closed';
    case 'BAD_SCALAR_START':
      return 'a value cannot start with @ or `: put the whole value in double quotes';
    case 'BAD_ALIAS':
    case 'UNRESOLVED_ALIAS':
      return 'a value starting with * or & has a special meaning in YAML: put the whole value in double quotes';
    default:
      return `YAML cannot read this (${message.split('\n')[0]}): check the indentation, and put values containing ":" or "#" in double quotes`;
  }
}

/** `firstLine` is the file line where the YAML text starts (1 for a .yaml file, 2 for front matter). */
export function readYaml(text: string, firstLine = 1): YamlSource {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const fileLine = (offset: number | undefined) =>
    offset === undefined ? undefined : lineCounter.linePos(offset).line + firstLine - 1;

  const syntaxProblems = document.errors.map((error) => ({
    line: fileLine(error.pos[0]),
    message: explainYamlError(error.code, error.message, text.slice(error.pos[0])),
  }));

  let data: unknown;
  if (syntaxProblems.length === 0) {
    try {
      data = document.toJS({ maxAliasCount: 0 });
    } catch (error) {
      syntaxProblems.push({ line: undefined, message: explainYamlError('BAD_ALIAS', (error as Error).message, '') });
    }
  }

  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    // Editors jump to the line: even a missing top-level field points at the fields it belongs with.
    let node: unknown = document.contents;
    let line = fileLine((document.contents as Node | null)?.range?.[0]);
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
        if (!pair) break;
        line = fileLine((pair.key as Node).range?.[0]) ?? line;
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment] as Node | undefined;
        if (!item) break;
        line = fileLine(item.range?.[0]) ?? line;
        node = item;
      } else {
        break;
      }
    }
    return line;
  };

  const scalars = () => {
    const found: ReturnType<YamlSource['scalars']> = [];
    const walk = (node: unknown, path: (string | number)[]) => {
      if (isMap(node)) {
        for (const pair of node.items) {
          if (isScalar(pair.key)) walk(pair.value, [...path, String(pair.key.value)]);
        }
      } else if (isSeq(node)) {
        node.items.forEach((item, index) => walk(item, [...path, index]));
      } else if (isScalar(node) && typeof node.value === 'string') {
        found.push({ path, value: node.value, line: fileLine(node.range?.[0]), endLine: fileLine(node.range?.[1]) });
      }
    };
    walk(document.contents, []);
    return found;
  };

  return { document, data, syntaxProblems, lineOf, scalars };
}

/** The same pattern Astro uses to find front matter, so both agree on what is front matter. */
const FRONT_MATTER = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/;

export interface SplitMdx {
  /** Undefined when the file has no front matter block. */
  frontMatter: string | undefined;
  /** File line on which the front matter's YAML starts. */
  frontMatterLine: number;
  /** File line on which the body starts. */
  bodyLine: number;
  body: string;
}

export function splitFrontMatter(source: string): SplitMdx {
  const match = FRONT_MATTER.exec(source);
  if (!match) return { frontMatter: undefined, frontMatterLine: 1, bodyLine: 1, body: source };
  const before = source.slice(0, match.index + match[0].indexOf('---'));
  const openingLine = before.split('\n').length;
  const end = match.index + match[0].length;
  return {
    frontMatter: match[1]!.replace(/^[^\n]*\n/, ''),
    frontMatterLine: openingLine + 1,
    bodyLine: source.slice(0, end).split('\n').length,
    body: source.slice(end),
  };
}
