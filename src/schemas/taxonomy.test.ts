import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadVocabulary } from '#features/content-check/vocabulary.ts';
import { regionSchema, sectorSchema } from './taxonomy.ts';
import { issuesOf } from './test-support.ts';

const contentDir = path.resolve('content');

describe('taxonomy schemas', () => {
  it('require labels in both languages and ids fit for URLs', () => {
    expect(issuesOf(sectorSchema, { id: 'Textiles', label: { it: 'Tessile' } })).toEqual([
      'id: expected lower-case letters, digits and hyphens only, e.g. "textile-finishing"',
      'label.en: is required but missing (expected text)',
    ]);
  });

  it('check ATECO/NOGA codes and region countries', () => {
    expect(issuesOf(sectorSchema, { id: 'textiles', label: { it: 'T', en: 'T' }, ateco: ['13.x'] })).toEqual([
      'ateco[0]: expected an ATECO code such as 13 or 13.3',
    ]);
    expect(issuesOf(regionSchema, { id: 'lecco', label: { it: 'L', en: 'L' }, country: 'IT', kind: 'county' })).toEqual(
      ['kind: expected province or canton — got "county"'],
    );
  });
});

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
