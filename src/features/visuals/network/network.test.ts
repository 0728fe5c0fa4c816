import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { overlapArea, textBox } from '../figure/labels.ts';
import { collaborationGraph, withoutLegalForm, type CollaborationGraph } from './graph.ts';
import { layoutNetwork, NODE_FONT_SIZE } from './layout.ts';

/** Every name inside the drawing, covering no other name and no other node. */
function expectNamesClear(graph: CollaborationGraph) {
  for (const shape of ['wide', 'narrow'] as const) {
    const layout = layoutNetwork(graph, shape);
    const boxes = layout.nodes.map((node) => textBox(node.labelSpot, node.label, NODE_FONT_SIZE));
    for (const [index, box] of boxes.entries()) {
      const name = `${shape}: ${layout.nodes[index]!.label}`;
      expect(box.left, name).toBeGreaterThanOrEqual(0);
      expect(box.right, name).toBeLessThanOrEqual(layout.width);
      expect(box.top, name).toBeGreaterThanOrEqual(0);
      expect(box.bottom, name).toBeLessThanOrEqual(layout.height);
      for (const [other, node] of layout.nodes.entries()) {
        if (other === index) continue;
        expect(overlapArea(box, boxes[other]!), `${name} / ${node.label}`).toBe(0);
        const mark = { left: node.x - 12, right: node.x + 12, top: node.y - 12, bottom: node.y + 12 };
        expect(overlapArea(box, mark), `${name} covers ${node.label}`).toBe(0);
      }
    }
  }
}

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
      }
    }
    expectNamesClear(graph);
  });

  it('keeps the names of the real network apart, on phones and wide screens', () => {
    const content = new URL('../../../../content/', import.meta.url);
    const yamlFiles = (folder: string) =>
      readdirSync(new URL(`${folder}/`, content))
        .filter((file) => file.endsWith('.yaml'))
        .map((file) => ({
          id: file.replace(/\.yaml$/, ''),
          ...(parse(readFileSync(new URL(`${folder}/${file}`, content), 'utf8')) as {
            name: string;
            shortName?: string;
          }),
        }));
    const realStories = readdirSync(new URL('case-studies/it/', content))
      .filter((file) => file.endsWith('.mdx'))
      .map((file) => {
        const front = readFileSync(new URL(`case-studies/it/${file}`, content), 'utf8').split(/^---$/m)[1]!;
        return {
          slug: file.replace(/\.mdx$/, ''),
          ...(parse(front) as { companies: string[]; researchCentres: string[] }),
        };
      });
    const real = collaborationGraph(realStories, yamlFiles('companies'), yamlFiles('research-centres'));
    expect(real.edges.length).toBeGreaterThan(10);
    expectNamesClear(real);
  });

  it('draws a portrait picture for phones and a landscape one for wide screens', () => {
    const wide = layoutNetwork(graph, 'wide');
    const narrow = layoutNetwork(graph, 'narrow');
    expect(wide.width).toBeGreaterThan(wide.height);
    expect(narrow.height).toBeGreaterThan(narrow.width);
    expect(wide.edges).toHaveLength(graph.edges.length);
  });
});
