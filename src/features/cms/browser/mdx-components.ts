/**
 * The guides' MDX components as editor components, for the rich-text mode of the editor: each
 * reads and writes exactly the syntax of src/features/safe-mdx/allowed-components.ts, and shows a
 * readable box in the editor. <Fact> stands inside sentences, which editor components cannot, so
 * it is typed as text (the preview shows its id).
 */
import { escapeHtml } from '#ui/escape-html.ts';
import type { EditorComponent } from './decap.ts';

/** Attribute text inside double quotes: a quote would end it. */
const attribute = (value: string | undefined) => (value ?? '').replaceAll('"', '”').trim();

const box = (title: string, body: string | undefined) =>
  `<div class="mdx-placeholder"><strong>${escapeHtml(title)}</strong><div>${escapeHtml(body ?? '')}</div></div>`;

export const mdxComponents: EditorComponent[] = [
  {
    id: 'callout',
    label: 'Callout',
    fields: [
      { name: 'type', label: 'Kind', widget: 'select', options: ['note', 'tip', 'warning'] },
      { name: 'title', label: 'Title', widget: 'string' },
      { name: 'body', label: 'Text', widget: 'markdown' },
    ],
    pattern: /^<Callout type="(note|tip|warning)"(?: title="([^"]*)")?>\n+([\s\S]*?)\n+<\/Callout>$/,
    fromBlock: (match) => ({ type: match[1] ?? 'note', title: match[2] ?? '', body: match[3] ?? '' }),
    toBlock: ({ type, title, body }) =>
      `<Callout type="${attribute(type) || 'note'}"${title ? ` title="${attribute(title)}"` : ''}>\n\n${(body ?? '').trim()}\n\n</Callout>`,
    toPreview: ({ type, title, body }) => box(`${type ?? 'note'}: ${title ?? ''}`, body),
  },
  {
    id: 'steps',
    label: 'Steps',
    fields: [{ name: 'body', label: 'Numbered list', widget: 'markdown', hint: '1. First step. 2. Second step.' }],
    pattern: /^<Steps>\n+([\s\S]*?)\n+<\/Steps>$/,
    fromBlock: (match) => ({ body: match[1] ?? '' }),
    toBlock: ({ body }) => `<Steps>\n\n${(body ?? '').trim()}\n\n</Steps>`,
    toPreview: ({ body }) => box('Steps', body),
  },
  {
    id: 'comparison',
    label: 'Comparison table',
    fields: [
      { name: 'title', label: 'Title (for screen readers)', widget: 'string' },
      { name: 'table', label: 'Markdown table', widget: 'text', hint: '| Aspect | Italy | Switzerland |' },
    ],
    pattern: /^<Comparison(?: title="([^"]*)")?>\n+([\s\S]*?)\n+<\/Comparison>$/,
    fromBlock: (match) => ({ title: match[1] ?? '', table: match[2] ?? '' }),
    toBlock: ({ title, table }) =>
      `<Comparison${title ? ` title="${attribute(title)}"` : ''}>\n\n${(table ?? '').trim()}\n\n</Comparison>`,
    toPreview: ({ title, table }) => box(`Comparison: ${title ?? ''}`, table),
  },
  {
    id: 'fee-schedule',
    label: 'Fee schedule',
    fields: [{ name: 'id', label: 'Fact id', widget: 'string', hint: 'A schedule fact, e.g. ch.patent.renewal' }],
    pattern: /^<FeeSchedule id="([^"]+)" \/>$/,
    fromBlock: (match) => ({ id: match[1] ?? '' }),
    toBlock: ({ id }) => `<FeeSchedule id="${attribute(id)}" />`,
    toPreview: ({ id }) => box('Fee schedule', id),
  },
];
