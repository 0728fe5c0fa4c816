/**
 * Safe MDX: contributed MDX may contain Markdown and the allow-listed components only. This
 * walks a parsed MDX tree (mdast, as produced by the build's MDX parser) and lists everything
 * else: import/export, JavaScript expressions, unknown components and HTML tags, event-handler
 * attributes and links that could run code. Pure: the build plugin and the content check both
 * call it, so they refuse the same things with the same words.
 */
import { closestMatch } from '#schemas/closest-match.ts';
import {
  allowedComponentNames,
  allowedComponents,
  dangerousTags,
  isAllowedComponent,
  markdownInsteadOfHtml,
  type AllowedComponent,
} from './allowed-components.ts';

/** The parts of an mdast node this module reads (unist shape, MDX extensions included). */
export interface MdxNode {
  type: string;
  name?: string | null;
  value?: unknown;
  url?: string;
  alt?: string | null;
  depth?: number;
  ordered?: boolean | null;
  attributes?: readonly MdxAttribute[];
  children?: readonly MdxNode[];
  position?: { start: { line: number; column: number } } | undefined;
}

export interface MdxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

export interface MdxProblem {
  line: number | undefined;
  message: string;
}

/** Links, images and headings found on the way, for the content check's editorial rules. */
export interface MdxOutline {
  /** Allowed components used, with their plain-text attributes. */
  components: { name: string; line: number | undefined; attributes: Record<string, string> }[];
  links: { url: string; line: number | undefined }[];
  images: { url: string; alt: string; line: number | undefined }[];
  headings: { depth: number; line: number | undefined }[];
  /** The prose: every text node with its line (not link addresses, not component attributes). */
  texts: { value: string; line: number | undefined }[];
}

const names = (list: readonly string[]) =>
  list.length === 1 ? list[0]! : `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;

const COMPONENT_LIST = `the components you can use are ${names(allowedComponentNames)}`;

/** `{/* a note *\/}`: a comment, the one kind of braces that runs nothing. */
const COMMENT_ONLY = /^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/;

function short(text: string, length = 40): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > length ? `${oneLine.slice(0, length - 1)}…` : oneLine;
}

/** Browsers ignore tabs, newlines and leading control characters in URLs: so must we. */
function normaliseUrl(url: string): string {
  return url.replace(/[\u0000-\u0020\u007f]/g, '');
}

export type LinkVerdict = { ok: true } | { ok: false; reason: string };

/** Where a link in content may point: secure web pages, e-mail, phone, pages of this site. */
export function checkLinkUrl(rawUrl: string): LinkVerdict {
  const url = normaliseUrl(rawUrl);
  const shown = `"${short(rawUrl, 60)}"`;
  if (url === '') return { ok: false, reason: 'a link needs an address between the round brackets: [text](https://…)' };
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme === 'https' || scheme === 'mailto' || scheme === 'tel') return { ok: true };
  if (scheme === 'http') {
    return { ok: false, reason: `the link ${shown} is not secure: use its https:// address` };
  }
  if (scheme !== undefined) {
    return {
      ok: false,
      reason:
        `the link ${shown} is not allowed: links may only lead to web pages (https://…), ` +
        'e-mail addresses (mailto:…) or phone numbers (tel:…)',
    };
  }
  if (url.startsWith('//')) {
    return { ok: false, reason: `the link ${shown} is incomplete: write the full address, starting with https://` };
  }
  if (url.startsWith('/') || url.startsWith('#')) return { ok: true };
  return {
    ok: false,
    reason:
      `the link ${shown} is not a full address: start web addresses with https:// ` +
      'and pages of this site with /it/ or /en/',
  };
}

function attributeProblems(
  node: MdxNode,
  name: string,
  component: AllowedComponent,
  line: number | undefined,
): MdxProblem[] {
  const problems: MdxProblem[] = [];
  const allowedNames = Object.keys(component.attributes);
  const accepts =
    allowedNames.length === 0 ? `<${name}> accepts no attributes` : `<${name}> accepts ${names(allowedNames)}`;
  const seen = new Set<string>();
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || attribute.name === undefined) {
      problems.push({
        line,
        message: `<${name}> contains {…}, which is JavaScript code; content may not contain code (${accepts})`,
      });
      continue;
    }
    const attributeName = attribute.name;
    seen.add(attributeName);
    if (/^on/i.test(attributeName)) {
      problems.push({
        line,
        message: `the attribute ${attributeName} on <${name}> is not allowed: event handlers run code (${accepts})`,
      });
      continue;
    }
    const rule = component.attributes[attributeName];
    if (!rule) {
      const hint = closestMatch(attributeName, allowedNames);
      problems.push({
        line,
        message: `<${name}> does not accept the attribute "${attributeName}"${hint ? ` (did you mean "${hint}"?)` : ''}; ${accepts}`,
      });
      continue;
    }
    const value = attribute.value;
    if (value !== null && typeof value === 'object') {
      problems.push({
        line,
        message: `the attribute ${attributeName}={…} on <${name}> holds JavaScript code: write its value in quotes, e.g. ${attributeName}="…"`,
      });
      continue;
    }
    if (typeof value !== 'string') {
      problems.push({
        line,
        message: `the attribute ${attributeName} on <${name}> needs a value in quotes, e.g. ${attributeName}="…"`,
      });
      continue;
    }
    if (rule.values && !rule.values.includes(value)) {
      const hint = closestMatch(value, rule.values);
      problems.push({
        line,
        message:
          `<${name} ${attributeName}="${short(value)}">: ${attributeName} must be one of ${rule.values.join(', ')}` +
          (hint ? ` (did you mean "${hint}"?)` : ''),
      });
    }
  }
  for (const [attributeName, rule] of Object.entries(component.attributes)) {
    if (rule.required && !seen.has(attributeName)) {
      problems.push({ line, message: `<${name}> needs the attribute ${attributeName}="…"` });
    }
  }
  return problems;
}

function tagProblem(name: string | null | undefined, line: number | undefined): MdxProblem | undefined {
  if (name === null || name === undefined || name === '') {
    return { line, message: `the empty tag <> is not allowed; ${COMPONENT_LIST}` };
  }
  if (isAllowedComponent(name)) return undefined;
  const lower = name.toLowerCase();
  if (lower === 'script') return { line, message: '<script> is not allowed: content may not run code on the site' };
  if (lower === 'iframe' || lower === 'frame' || lower === 'embed' || lower === 'object') {
    return {
      line,
      message: `<${name}> is not allowed: content may not embed other sites or programs; link to the page instead with [text](https://…)`,
    };
  }
  if (dangerousTags.has(lower)) return { line, message: `<${name}> is not allowed in content` };
  if (/^[a-z]/.test(name) && !name.includes('.')) {
    const instead = markdownInsteadOfHtml[lower];
    return {
      line,
      message: `HTML tags such as <${name}> are not allowed; ${instead ?? `use Markdown, or ${names(allowedComponentNames)}`}`,
    };
  }
  const hint = closestMatch(name, allowedComponentNames);
  return {
    line,
    message: `unknown component <${name}>${hint ? ` (did you mean <${hint}>?)` : ''}; ${COMPONENT_LIST}`,
  };
}

function esmProblem(value: string, line: number | undefined): MdxProblem {
  const word = /^\s*export\b/.test(value) ? 'export' : 'import';
  const capital = word === 'import' ? 'Import' : 'Export';
  const advice =
    word === 'import'
      ? `; you never need to import components: ${names(allowedComponentNames)} are always available`
      : '';
  return {
    line,
    message:
      `the paragraph "${short(value)}" starts with the word "${word}", which MDX reads as program code, ` +
      `and content may not contain code. If it is a sentence, start it differently (e.g. "${capital}…" with a capital letter, or another word)${advice}`,
  };
}

function expressionProblem(value: string, line: number | undefined): MdxProblem | undefined {
  if (COMMENT_ONLY.test(value)) return undefined;
  return {
    line,
    message:
      `curly braces {${short(value, 30)}} mark JavaScript code in MDX, and content may not contain code. ` +
      'To show a brace as text write \\{ and \\}; for a note to other editors write {/* note */}',
  };
}

function containsProblem(node: MdxNode, name: string, component: AllowedComponent, line: number | undefined) {
  if (!component.contains) return undefined;
  const wanted = component.contains;
  const found = (node.children ?? []).some((child) =>
    wanted.type === 'list' ? child.type === 'list' && child.ordered === true : child.type === 'table',
  );
  return found ? undefined : { line, message: `<${name}> must contain ${wanted.description}` };
}

/** Everything in the tree that contributed content may not contain, in document order. */
export function findUnsafeMdx(tree: MdxNode): { problems: MdxProblem[]; outline: MdxOutline } {
  const problems: MdxProblem[] = [];
  const outline: MdxOutline = { components: [], links: [], images: [], headings: [], texts: [] };

  const visit = (node: MdxNode) => {
    const line = node.position?.start.line;
    switch (node.type) {
      case 'mdxjsEsm':
        problems.push(esmProblem(String(node.value ?? ''), line));
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression': {
        const problem = expressionProblem(String(node.value ?? ''), line);
        if (problem) problems.push(problem);
        return;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const problem = tagProblem(node.name, line);
        if (problem) {
          problems.push(problem);
          // What is inside a <script> or <iframe> goes with it; inside other unknown tags, look further.
          if (dangerousTags.has(String(node.name).toLowerCase())) return;
          break;
        }
        const name = node.name as keyof typeof allowedComponents;
        const component: AllowedComponent = allowedComponents[name];
        if (node.type === 'mdxJsxTextElement' && !component.inline) {
          problems.push({
            line,
            message: `<${name}> must stand on its own line, with an empty line before it and after </${name}>`,
          });
        }
        problems.push(...attributeProblems(node, name, component, line));
        outline.components.push({
          name,
          line,
          attributes: Object.fromEntries(
            (node.attributes ?? [])
              .filter((attribute) => attribute.name !== undefined && typeof attribute.value === 'string')
              .map((attribute) => [attribute.name!, attribute.value as string]),
          ),
        });
        const contains = containsProblem(node, name, component, line);
        if (contains) problems.push(contains);
        break;
      }
      case 'text':
        outline.texts.push({ value: String(node.value ?? ''), line });
        break;
      case 'link':
      case 'definition': {
        const url = node.url ?? '';
        outline.links.push({ url, line });
        const verdict = checkLinkUrl(url);
        if (!verdict.ok) problems.push({ line, message: verdict.reason });
        break;
      }
      case 'image': {
        const url = node.url ?? '';
        outline.images.push({ url, alt: node.alt ?? '', line });
        const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(normaliseUrl(url))?.[1]?.toLowerCase();
        if (scheme !== undefined || url.startsWith('//')) {
          problems.push({
            line,
            message:
              scheme === 'https' || scheme === 'http' || url.startsWith('//')
                ? `the image "${short(url, 60)}" is on another site: save the image file next to this page and write ![what it shows](./image.jpg)`
                : `the image "${short(url, 60)}" is not allowed: images must be files next to this page, e.g. ![what it shows](./image.jpg)`,
          });
        }
        break;
      }
      case 'heading':
        outline.headings.push({ depth: node.depth ?? 0, line });
        break;
    }
    for (const child of node.children ?? []) visit(child);
  };

  visit(tree);
  return { problems, outline };
}
