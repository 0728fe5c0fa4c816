import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadVocabulary } from './vocabulary.ts';

const contentDir = path.resolve('content');

describe('loadVocabulary', () => {
  it('reads the real taxonomies', () => {
    const vocabulary = loadVocabulary(contentDir);
    expect(vocabulary.sectors).toContain('textiles');
    expect(vocabulary.expertiseAreas).toContain('water-resource-efficiency');
    expect(vocabulary.regionCountry).toMatchObject({ lecco: 'IT', ticino: 'CH' });
  });

  it('reports every broken taxonomy file at once, by file and field', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'taxonomies-'));
    mkdirSync(path.join(dir, 'taxonomies'));
    cpSync(path.join(contentDir, 'taxonomies'), path.join(dir, 'taxonomies'), { recursive: true });
    const sectors = readFileSync(path.join(dir, 'taxonomies', 'sectors.yaml'), 'utf8');
    writeFileSync(
      path.join(dir, 'taxonomies', 'sectors.yaml'),
      `${sectors}\n- id: textiles\n  label: { it: Doppio, en: Double }\n`,
    );
    writeFileSync(path.join(dir, 'taxonomies', 'regions.yaml'), '- id: lecco\n  label: { it: Lecco }\n  country: IT\n');
    expect(() => loadVocabulary(dir)).toThrowError(
      [
        '3 content problems found:',
        '  - content/taxonomies/sectors.yaml: id "textiles" is used twice',
        '  - content/taxonomies/regions.yaml: field "[0].label.en": is required but missing (expected text)',
        '  - content/taxonomies/regions.yaml: field "[0].kind": is required but missing (expected province or canton)',
      ].join('\n'),
    );
  });
});
