import { describe, expect, it } from 'vitest';
import { collaborationGraph, withoutLegalForm } from './graph.ts';
import { labelWidth, layoutNetwork } from './layout.ts';

const companies = [
  { id: 'dyeworks', name: 'Tintoria Blu S.r.l.' },
  { id: 'springs', name: 'Molle SA' },
  { id: 'idle', name: 'Idle GmbH' },
];
const centres = [
  { id: 'polimi', name: 'Politecnico di Milano', shortName: 'Polimi' },
  { id: 'supsi', name: 'SUPSI' },
];
const stories = [
  { slug: 'water', companies: ['dyeworks'], researchCentres: ['polimi'] },
  { slug: 'springs', companies: ['springs', 'dyeworks'], researchCentres: ['supsi', 'polimi'] },
  { slug: 'again', companies: ['dyeworks'], researchCentres: ['polimi'] },
];

describe('collaboration graph', () => {
  const graph = collaborationGraph(stories, companies, centres);

  it('joins each company to each centre of a story, once per pair, with the stories that connect them', () => {
    expect(graph.edges).toEqual([
      { company: 'dyeworks', centre: 'polimi', stories: ['water', 'springs', 'again'] },
      { company: 'dyeworks', centre: 'supsi', stories: ['springs'] },
      { company: 'springs', centre: 'polimi', stories: ['springs'] },
      { company: 'springs', centre: 'supsi', stories: ['springs'] },
    ]);
  });

  it('leaves out companies without collaborations and labels nodes briefly', () => {
    expect(graph.nodes.map((node) => node.key)).toEqual([
      'company:dyeworks',
      'company:springs',
      'centre:polimi',
      'centre:supsi',
    ]);
    expect(graph.nodes.map((node) => node.label)).toEqual(['Tintoria Blu', 'Molle', 'Polimi', 'SUPSI']);
  });

  it('drops the legal form from company names only at the end', () => {
    expect(withoutLegalForm('Meccanica Orsaverde S.r.l.')).toBe('Meccanica Orsaverde');
    expect(withoutLegalForm('Nivalys Medical SA')).toBe('Nivalys Medical');
    expect(withoutLegalForm('SA')).toBe('SA');
    expect(withoutLegalForm('Sapori Alpini')).toBe('Sapori Alpini');
  });
});

describe('network layout', () => {
  // A bigger graph: 30 companies around 8 centres.
  const many = {
    companies: Array.from({ length: 30 }, (_, index) => ({ id: `c${index}`, name: `Company ${index} S.r.l.` })),
    centres: Array.from({ length: 8 }, (_, index) => ({ id: `r${index}`, name: `Centre ${index}` })),
  };
  const manyStories = many.companies.map((company, index) => ({
    slug: `s${index}`,
    companies: [company.id],
    researchCentres: [`r${index % 8}`, `r${(index * 3) % 8}`],
  }));
  const graph = collaborationGraph(manyStories, many.companies, many.centres);

  it('is the same on every run', () => {
    expect(layoutNetwork(graph)).toEqual(layoutNetwork(graph));
    expect(layoutNetwork(graph, 'narrow')).toEqual(layoutNetwork(graph, 'narrow'));
  });

  it('keeps every node and its name inside the drawing', () => {
    for (const shape of ['wide', 'narrow'] as const) {
      const layout = layoutNetwork(graph, shape);
      expect(layout.nodes).toHaveLength(38);
      for (const node of layout.nodes) {
        expect(node.x, node.key).toBeGreaterThanOrEqual(0);
        expect(node.x, node.key).toBeLessThanOrEqual(layout.width);
        expect(node.y, node.key).toBeGreaterThanOrEqual(0);
        expect(node.y, node.key).toBeLessThanOrEqual(layout.height);
        expect(node.labelX - labelWidth(node.label) / 2, node.key).toBeGreaterThanOrEqual(0);
        expect(node.labelX + labelWidth(node.label) / 2, node.key).toBeLessThanOrEqual(layout.width);
      }
    }
  });

  it('draws a portrait picture for phones and a landscape one for wide screens', () => {
    const wide = layoutNetwork(graph, 'wide');
    const narrow = layoutNetwork(graph, 'narrow');
    expect(wide.width).toBeGreaterThan(wide.height);
    expect(narrow.height).toBeGreaterThan(narrow.width);
    expect(wide.edges).toHaveLength(graph.edges.length);
  });
});
