import { describe, expect, it } from 'vitest';
import { allowedComponents } from '#features/safe-mdx/allowed-components.ts';
import { mdxComponents } from './mdx-components.ts';

/** What an editor writes for each component, as CONTRIBUTING.md shows it. */
const written: Record<string, string> = {
  callout: '<Callout type="tip" title="Before the fair">\n\nFile first, then show.\n\n</Callout>',
  steps: '<Steps>\n\n1. First step.\n2. Second step.\n\n</Steps>',
  comparison:
    '<Comparison title="Costs">\n\n| Aspect | Italy | Switzerland |\n| --- | --- | --- |\n| Fee | a | b |\n\n</Comparison>',
  'fee-schedule': '<FeeSchedule id="ch.patent.renewal" />',
};

describe('the guides’ components in the CMS editor', () => {
  it('offers every block component the guides may use', () => {
    const blocks = Object.entries(allowedComponents)
      .filter(([, component]) => !('inline' in component && component.inline))
      .map(([name]) => name.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase());
    expect(mdxComponents.map((component) => component.id)).toEqual(blocks);
  });

  it.each(mdxComponents.map((component) => [component.id, component]))(
    '%s reads what editors write and writes it back the same',
    (id, component) => {
      const match = written[id]!.match(component.pattern);
      expect(match, written[id]).not.toBeNull();
      expect(component.toBlock(component.fromBlock(match!))).toBe(written[id]);
      expect(component.toPreview(component.fromBlock(match!))).not.toContain('<script');
    },
  );

  it('keeps attribute text inside its quotes', () => {
    const callout = mdxComponents.find((component) => component.id === 'callout')!;
    expect(callout.toBlock({ type: 'note', title: 'The "new" law', body: 'Text.' })).toBe(
      '<Callout type="note" title="The ”new” law">\n\nText.\n\n</Callout>',
    );
  });
});
