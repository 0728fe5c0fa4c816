/**
 * The components editors may use in MDX, and what each accepts. This is the allow-list the
 * safe-MDX check enforces; src/ui/mdx/index.ts must provide exactly these components
 * (a unit test compares the two), and CONTRIBUTING.md documents each with an example.
 */

export interface AllowedAttribute {
  /** Allowed values; undefined means any text. */
  values?: readonly string[];
  required?: boolean;
}

export interface AllowedComponent {
  attributes: Readonly<Record<string, AllowedAttribute>>;
  /** What the component must contain, checked so a mistake shows up before the page looks wrong. */
  contains?: { type: 'list' | 'table'; description: string };
  /** Shown in messages: how to write it. */
  example: string;
  /** May stand inside a sentence (others must be on lines of their own). */
  inline?: boolean;
}

export const allowedComponents = {
  Callout: {
    attributes: {
      type: { values: ['note', 'tip', 'warning'] },
      title: {},
    },
    example: '<Callout type="tip" title="Short title">Text in Markdown.</Callout>',
  },
  Steps: {
    attributes: {},
    contains: { type: 'list', description: 'a numbered list (1. … 2. …)' },
    example: '<Steps>\n\n1. First step.\n2. Second step.\n\n</Steps>',
  },
  Comparison: {
    // The title names the table for screen readers; two comparisons on one page need different titles.
    attributes: { title: {} },
    contains: { type: 'table', description: 'a Markdown table (| Aspect | Italy | Switzerland |)' },
    example: '<Comparison>\n\n| Aspect | Italy | Switzerland |\n| --- | --- | --- |\n| … | … | … |\n\n</Comparison>',
  },
  // Facts from content/facts/: the content check also checks that the id exists.
  Fact: {
    attributes: { id: { required: true } },
    example: '<Fact id="ch.trademark.filing" />',
    inline: true,
  },
  FeeSchedule: {
    attributes: { id: { required: true } },
    example: '<FeeSchedule id="ch.patent.renewal" />',
  },
} as const satisfies Record<string, AllowedComponent>;

export type AllowedComponentName = keyof typeof allowedComponents;

export const allowedComponentNames = Object.keys(allowedComponents) as AllowedComponentName[];

export function isAllowedComponent(name: string): name is AllowedComponentName {
  return Object.hasOwn(allowedComponents, name);
}

/** The Markdown way to write what an editor tried to do with an HTML tag. */
export const markdownInsteadOfHtml: Readonly<Record<string, string>> = {
  b: 'write **bold text** instead',
  strong: 'write **bold text** instead',
  i: 'write _italic text_ instead',
  em: 'write _italic text_ instead',
  a: 'write a link as [link text](https://www.example.org/page) instead',
  br: 'start a new paragraph with an empty line instead',
  p: 'separate paragraphs with an empty line instead',
  h1: 'write a heading as "## Heading" instead (the page title is the only top-level heading)',
  h2: 'write a heading as "## Heading" instead',
  h3: 'write a heading as "### Heading" instead',
  h4: 'write a heading as "### Heading" instead',
  ul: 'write a list with lines starting with "- " instead',
  ol: 'write a numbered list with lines starting with "1. " instead',
  li: 'write a list with lines starting with "- " instead',
  img: 'add an image as ![what the image shows](./image.jpg) instead',
  table: 'write a Markdown table (| a | b |) instead, inside <Comparison> for country comparisons',
  blockquote: 'start the lines with "> " instead',
  code: 'put the text between backticks, like `this`, instead',
  div: 'use plain Markdown paragraphs, or <Callout> for a highlighted box',
  span: 'use plain text',
};

/** Tags that would run code, embed another site or change the page: refused with a specific reason. */
export const dangerousTags: ReadonlySet<string> = new Set([
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'style',
  'link',
  'meta',
  'base',
  'svg',
  'math',
  'template',
  'portal',
]);
