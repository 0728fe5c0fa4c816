import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { imageDimensions, imageProblem } from './images.ts';
import { formatProblem, githubAnnotation, parseFieldPath, parseProblemText } from './problem.ts';
import { readYaml, splitFrontMatter } from './yaml-source.ts';

describe('readYaml', () => {
  const source = readYaml(
    [
      'name: Acme',
      'sectors:',
      '  - textiles',
      '  - food',
      'offers:',
      '  - title:',
      '      it: Tintura',
      'reviewed:',
      '  date: 2026-01-01',
    ].join('\n'),
    2,
  );

  it('finds the line of a field, shifted by where the YAML starts in the file', () => {
    expect(source.lineOf(['name'])).toBe(2);
    expect(source.lineOf(['sectors', 1])).toBe(5);
    expect(source.lineOf(['offers', 0, 'title', 'it'])).toBe(8);
  });

  it('points a missing field at its group or list item, and a missing top-level field at the first field', () => {
    expect(source.lineOf(['reviewed', 'by'])).toBe(9);
    expect(source.lineOf(['offers', 0, 'description'])).toBe(7);
    expect(source.lineOf(['sources'])).toBe(2);
    expect(readYaml('# A note first\nname: Acme\n').lineOf(['sources'])).toBe(2);
    expect(readYaml('').lineOf(['sources'])).toBeUndefined();
  });

  it('explains syntax errors in plain words, with the line', () => {
    expect(readYaml('title: Patents: a guide\n').syntaxProblems).toEqual([
      {
        line: 1,
        message:
          'this value contains ": " (a colon and a space), which YAML reads as a new field: put the whole value in double quotes, e.g. title: "Patents: a practical guide"',
      },
    ]);
    expect(readYaml('name: a\nname: b\n').syntaxProblems[0]?.message).toBe(
      'the field "name" appears twice in the same group: keep only one',
    );
    expect(readYaml('title: *bold*\n').syntaxProblems[0]?.message).toContain('starting with * or &');
  });

  it('lists text values with their path and lines', () => {
    expect(source.scalars().find((scalar) => scalar.value === 'food')).toMatchObject({ path: ['sectors', 1], line: 5 });
  });
});

describe('splitFrontMatter', () => {
  it('finds the front matter as Astro does, with the lines where it and the body start', () => {
    const split = splitFrontMatter('---\ntitle: x\nsummary: y\n---\n\nBody\n');
    expect(split).toEqual({
      frontMatter: 'title: x\nsummary: y\n',
      frontMatterLine: 2,
      bodyLine: 4,
      body: '\n\nBody\n',
    });
  });

  it('reports a file without front matter', () => {
    expect(splitFrontMatter('Just text').frontMatter).toBeUndefined();
  });
});

describe('problems', () => {
  it('are written as file:line: detail', () => {
    expect(formatProblem({ severity: 'error', file: 'content/a.yaml', line: 3, detail: 'field "x": y' })).toBe(
      'content/a.yaml:3: field "x": y',
    );
    expect(formatProblem({ severity: 'error', file: 'content/a.yaml', detail: 'z' })).toBe('content/a.yaml: z');
  });

  it('are read back from the shared checks’ text', () => {
    expect(parseProblemText('content/a.mdx: field "companies[0]": no company')).toEqual({
      file: 'content/a.mdx',
      field: 'companies[0]',
      detail: 'field "companies[0]": no company',
    });
    expect(parseFieldPath('offers[0].title.it')).toEqual(['offers', 0, 'title', 'it']);
    expect(parseFieldPath('[3].id')).toEqual([3, 'id']);
  });

  it('become GitHub annotations with the special characters escaped', () => {
    expect(
      githubAnnotation({ severity: 'warning', file: 'content/a,b.yaml', line: 4, detail: '100% done\nnext: line' }),
    ).toBe('::warning file=content/a%2Cb.yaml,line=4,title=Content warning::100%25 done%0Anext: line');
  });
});

describe('images', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pmi-hub-images-'));
  // A PNG header is enough for the size: signature, IHDR length and type, width, height.
  const png = (width: number, height: number) => {
    const header = Buffer.alloc(33);
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(header);
    header.writeUInt32BE(13, 8);
    header.write('IHDR', 12, 'ascii');
    header.writeUInt32BE(width, 16);
    header.writeUInt32BE(height, 20);
    return header;
  };

  it('reads the size of PNG and JPEG files from their header', () => {
    writeFileSync(path.join(dir, 'a.png'), png(640, 480));
    expect(imageDimensions(path.join(dir, 'a.png'))).toEqual({ width: 640, height: 480 });
    const jpeg = Buffer.from([
      0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x01, 0xe0, 0x02, 0x80, 0x03,
    ]);
    writeFileSync(path.join(dir, 'b.jpg'), jpeg);
    expect(imageDimensions(path.join(dir, 'b.jpg'))).toEqual({ width: 640, height: 480 });
  });

  it('refuses missing, SVG, oversized and unknown images', () => {
    expect(imageProblem(path.join(dir, 'a.png'), '"./a.png"')).toBeUndefined();
    expect(imageProblem(path.join(dir, 'none.png'), '"./none.png"')).toContain('does not exist');
    writeFileSync(path.join(dir, 'c.svg'), '<svg/>');
    expect(imageProblem(path.join(dir, 'c.svg'), '"./c.svg"')).toContain('SVG');
    writeFileSync(path.join(dir, 'd.png'), png(4001, 10));
    expect(imageProblem(path.join(dir, 'd.png'), '"./d.png"')).toContain('4001 × 10 px');
    writeFileSync(path.join(dir, 'e.png'), Buffer.concat([png(10, 10), Buffer.alloc(2 * 1024 * 1024)]));
    expect(imageProblem(path.join(dir, 'e.png'), '"./e.png"')).toContain('too large (2.0 MB');
    expect(imageProblem(path.join(dir, 'f.heic'), '"./f.heic"')).toContain('not a JPEG, PNG, WebP or AVIF');
  });
});
