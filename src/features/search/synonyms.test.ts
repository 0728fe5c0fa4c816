import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { synonymsSchema, type SynonymGroup } from '#schemas/search-synonyms.ts';
import { issuesOf } from '#schemas/test-support.ts';

const file = path.resolve('content/search/synonyms.yaml');
const raw: unknown = parse(readFileSync(file, 'utf8'));

describe('content/search/synonyms.yaml', () => {
  it('parses with the schema and holds at least 150 groups', () => {
    expect(issuesOf(synonymsSchema, raw)).toEqual([]);
    expect(synonymsSchema.parse(raw).length).toBeGreaterThanOrEqual(150);
  });

  const groups: SynonymGroup[] = synonymsSchema.safeParse(raw).data ?? [];
  const groupOf = (word: string) => groups.find((group) => group.it.includes(word) || group.en.includes(word));

  it('gives every group words in both languages', () => {
    const oneLanguage = groups.filter((group) => group.it.length === 0 || group.en.length === 0);
    expect(oneLanguage).toEqual([]);
  });

  // Words of the phrases people type, each with a word the pages use for the same idea.
  it.each([
    ['idrico', 'acqua'],
    ['idriche', 'water'],
    ['risparmio', 'riduzione'],
    ['ridurre', 'saving'],
    ['consumo', 'consumption'],
    ['tintura', 'tintoria'],
    ['tingere', 'dyeing'],
    ['dye', 'dyed'],
    ['finissaggio', 'finishing'],
    ['brevetto', 'patent'],
    ['brevettare', 'brevettuale'],
    ['svizzera', 'swiss'],
    ['svizzero', 'switzerland'],
    ['costo', 'fees'],
    ['tasse', 'cost'],
    ['fiera', 'fair'],
    ['esposizione', 'exhibition'],
    ['trade', 'commerciale'],
    ['novità', 'novelty'],
    ['novita', 'novità'],
    ['predittiva', 'predictive'],
    ['manutenzione', 'maintenance'],
    ['licence', 'license'],
    ['licenza', 'licensing'],
    ['marchio', 'trademark'],
    ['brand', 'marchio'],
    ['segreto', 'know-how'],
    ['deposito', 'filing'],
    ['rinnovo', 'renewal'],
    ['priorità', 'priority'],
    ['epo', 'ueb'],
    ['ipi', 'ige'],
    ['contraffazione', 'infringement'],
    ['finanziamento', 'grant'],
    ['bando', 'call'],
    ['pmi', 'sme'],
    ['università', 'university'],
    ['laboratorio', 'lab'],
    ['collaborazione', 'partnership'],
    ['prototipo', 'prototype'],
    ['lecchese', 'lecco'],
    ['ticinese', 'ticino'],
    ['lombardia', 'lombardy'],
    ['europeo', 'eu'],
  ])('puts "%s" in the group of "%s"', (word, related) => {
    expect(groupOf(word)).toBeDefined();
    expect(groupOf(word)).toBe(groupOf(related));
  });

  it('keeps apart ideas that only share a topic', () => {
    expect(groupOf('acqua')).not.toBe(groupOf('energy'));
    expect(groupOf('brevetto')).not.toBe(groupOf('trademark'));
    expect(groupOf('safety')).not.toBe(groupOf('security'));
    expect(groupOf('granted')).not.toBe(groupOf('grant'));
  });
});
