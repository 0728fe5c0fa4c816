import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '#scripts/support/paths.ts';
import { readableMdx } from './readable-mdx.ts';

describe('MDX shown readably in the CMS preview', () => {
  it('turns each component into Markdown a reader recognises', () => {
    const mdx = [
      'A patent lasts <Fact id="ch.patent.term" /> at most.',
      '',
      '<Callout type="tip" title="Before the fair">',
      '',
      'File first.',
      '',
      'Then show.',
      '',
      '</Callout>',
      '',
      '<Steps>',
      '',
      '1. One.',
      '',
      '</Steps>',
      '',
      '<Comparison title="Costs">',
      '',
      '| a | b |',
      '| --- | --- |',
      '',
      '</Comparison>',
      '',
      '<FeeSchedule id="ch.patent.renewal" />',
    ].join('\n');
    expect(readableMdx(mdx)).toBe(
      [
        'A patent lasts `⟨ch.patent.term⟩` at most.',
        '',
        '> **tip: Before the fair**',
        '>',
        '> File first.',
        '>',
        '> Then show.',
        '',
        '1. One.',
        '',
        '**Comparison: Costs**',
        '',
        '| a | b |',
        '| --- | --- |',
        '',
        '> **Fee schedule** `⟨ch.patent.renewal⟩`',
      ].join('\n'),
    );
  });

  it('leaves no component tag in a real guide', () => {
    const guide = readFileSync(path.join(projectRoot, 'content', 'ip-guides', 'en', 'patents-switzerland.mdx'), 'utf8');
    expect(guide).toMatch(/<(?:Fact|Callout|Steps|FeeSchedule)\b/);
    expect(readableMdx(guide.split('\n---\n').slice(1).join('\n---\n'))).not.toMatch(/<\/?[A-Z][A-Za-z]*/);
  });
});
