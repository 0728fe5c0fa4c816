/**
 * Links in editors' Markdown that lead to another site open it safely (rel="noopener
 * noreferrer") and say so: a visible arrow and, for screen readers, "(external site)" in the
 * language of the file (content/…/it/… or …/en/…). A hast plugin for Astro's Sätteri pipeline.
 */
import { fileURLToPath } from 'node:url';
import type { Element } from 'hast';
import type { HastPluginDefinition } from 'satteri';

const labels = { it: '(sito esterno)', en: '(external site)' } as const;

export function languageOfFile(fileURL: URL | undefined): keyof typeof labels {
  return fileURL && /[\\/]en[\\/]/.test(fileURLToPath(fileURL)) ? 'en' : 'it';
}

export function isExternal(href: unknown, siteOrigin: string): boolean {
  if (typeof href !== 'string' || !/^https?:\/\//i.test(href)) return false;
  return new URL(href).origin !== new URL(siteOrigin).origin;
}

/** What an external link gets: its new properties and the children appended to it. */
export function externalLinkParts(node: Readonly<Element>, language: keyof typeof labels) {
  const classes = Array.isArray(node.properties['className']) ? (node.properties['className'] as string[]) : [];
  return {
    rel: ['noopener', 'noreferrer'],
    className: [...classes, 'external'],
    children: [
      {
        type: 'element',
        tagName: 'span',
        properties: { ariaHidden: 'true', className: ['arrow'] },
        children: [{ type: 'text', value: '↗' }],
      },
      {
        type: 'element',
        tagName: 'span',
        properties: { className: ['visually-hidden'] },
        children: [{ type: 'text', value: ` ${labels[language]}` }],
      },
    ] satisfies Element[],
  };
}

export function externalLinksPlugin({ site }: { site: string }): HastPluginDefinition {
  return {
    name: 'pmi-hub-external-links',
    element: {
      filter: ['a'],
      visit(node, context) {
        if (!isExternal(node.properties['href'], site)) return;
        const parts = externalLinkParts(node, languageOfFile(context.fileURL));
        context.setProperty(node, 'rel', parts.rel);
        context.setProperty(node, 'className', parts.className);
        context.appendChild(node, parts.children);
      },
    },
  };
}
