import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '#scripts/support/paths.ts';
import { LIST_FIELD, mdxFrontmatter, NOTES_FIELD, withoutEmpty, yamlEntry, yamlList } from './formats.ts';

const content = path.join(projectRoot, 'content');
const listFiles = [
  ...readdirSync(path.join(content, 'facts')).map((name) => path.join(content, 'facts', name)),
  ...readdirSync(path.join(content, 'taxonomies')).map((name) => path.join(content, 'taxonomies', name)),
  path.join(content, 'ip-comparison.yaml'),
];

describe('the CMS file formats', () => {
  it.each(listFiles.map((file) => [path.relative(projectRoot, file), file]))(
    '%s is written back with the same entries and its top comments',
    (_, file) => {
      const text = readFileSync(file, 'utf8');
      const data = yamlList.fromFile(text);
      expect(data[LIST_FIELD]).toEqual(parse(text));
      const written = yamlList.toFile(data);
      expect(parse(written)).toEqual(parse(text));
      const comments = text.split('\n').filter((line) => line.startsWith('#'));
      expect(written.split('\n').filter((line) => line.startsWith('#'))).toEqual(comments);
      expect(yamlList.fromFile(written)[NOTES_FIELD]).toBe(data[NOTES_FIELD]);
    },
  );

  it('reads a story and writes it back unchanged in meaning', () => {
    const file = path.join(content, 'case-studies', 'it', 'water-saving-dyeing.mdx');
    const text = readFileSync(file, 'utf8');
    const data = mdxFrontmatter.fromFile(text);
    expect(data['title']).toMatch(/Tintoria/);
    expect(String(data['body'])).toContain('## ');
    const again = mdxFrontmatter.fromFile(mdxFrontmatter.toFile(data, Object.keys(data)));
    // Only what the schemas read as absent anyway (an empty list of sources) is left out.
    expect(again).toEqual({ ...(withoutEmpty(data) as object), body: `\n${String(data['body']).trim()}\n` });
  });

  it('leaves out what the editor left empty instead of writing null or ""', () => {
    const written = mdxFrontmatter.toFile(
      {
        title: 'Titolo',
        fundingInstrument: null,
        cover: { src: '', alt: '' },
        sources: [],
        example: false,
        body: 'Testo.',
      },
      ['title', 'fundingInstrument', 'cover', 'sources', 'example', 'body'],
    );
    expect(written).toBe('---\ntitle: Titolo\nexample: false\n---\n\nTesto.\n');
    expect(yamlEntry.toFile({ name: 'X', website: '', seeks: [{ title: { it: 'a', en: null } }] }, ['name'])).toBe(
      'name: X\nseeks:\n  - title:\n      it: a\n',
    );
    expect(withoutEmpty({ a: [null, ''], b: 0 })).toEqual({ b: 0 });
  });
});
