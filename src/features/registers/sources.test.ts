import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '#scripts/support/paths.ts';
import { readRegisterSources, SOURCES_FILE } from './sources.ts';

describe('content/directory/sources.yaml', () => {
  it('describes every source with publisher, terms, attribution and address', () => {
    const sources = readRegisterSources(path.join(projectRoot, SOURCES_FILE));
    expect(sources.map((source) => source.id)).toEqual(['zefix', 'ri-startup', 'ri-pmi']);
    for (const source of sources) expect(source.attribution).toMatch(/^Fonte \/ Source: /);
  });

  it('names the field that is wrong', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sources-'));
    const file = path.join(dir, 'sources.yaml');
    writeFileSync(
      file,
      'sources:\n  - id: zefix\n    title: T\n    publisher: P\n    url: http://x.example\n    licence: L\n    attribution: A\n',
    );
    try {
      expect(() => readRegisterSources(file)).toThrow(
        `${file} does not describe the sources as expected:\n  - sources.0.url: expected a full web address starting with https://, e.g. https://www.example.org/page — got "http://x.example"`,
      );
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});
