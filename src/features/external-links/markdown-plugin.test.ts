import { pathToFileURL } from 'node:url';
import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { externalLinkParts, isExternal, languageOfFile } from './markdown-plugin.ts';

const site = 'https://hub.pmi-network.eu';
const link = (href: string, className?: string[]): Element => ({
  type: 'element',
  tagName: 'a',
  properties: { href, ...(className ? { className } : {}) },
  children: [{ type: 'text', value: 'IPI' }],
});

describe('external links in Markdown', () => {
  it('knows which links leave the site', () => {
    expect(isExternal('https://www.ige.ch/en/', site)).toBe(true);
    expect(isExternal('http://example.org/', site)).toBe(true);
    expect(isExternal('https://hub.pmi-network.eu/it/ip/', site)).toBe(false);
    expect(isExternal('/it/ip/', site)).toBe(false);
    expect(isExternal('mailto:info@example.org', site)).toBe(false);
    expect(isExternal(undefined, site)).toBe(false);
  });

  it('reads the language from the content folder', () => {
    expect(languageOfFile(pathToFileURL('/site/content/ip-guides/en/patents.mdx'))).toBe('en');
    expect(languageOfFile(pathToFileURL('/site/content/ip-guides/it/patents.mdx'))).toBe('it');
    expect(languageOfFile(undefined)).toBe('it');
  });

  it('opens other sites safely and says so in the reader’s language', () => {
    const italian = externalLinkParts(link('https://www.ige.ch/', ['note']), 'it');
    expect(italian.rel).toEqual(['noopener', 'noreferrer']);
    expect(italian.className).toEqual(['note', 'external']);
    expect(italian.children.map((child) => (child.children[0] as { value: string }).value)).toEqual([
      '↗',
      ' (sito esterno)',
    ]);
    expect(italian.children[0]!.properties['ariaHidden']).toBe('true');
    const english = externalLinkParts(link('https://www.epo.org/'), 'en');
    expect((english.children[1]!.children[0] as { value: string }).value).toBe(' (external site)');
  });
});
