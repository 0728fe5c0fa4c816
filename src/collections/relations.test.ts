import { describe, expect, it } from 'vitest';
import type { CentreFacts, CompanyFacts, StoryFacts } from './model.ts';
import { buildRelations } from './relations.ts';

const story = (slug: string, date: string, fields: Partial<StoryFacts>): StoryFacts => ({
  slug,
  date: new Date(date),
  sectors: [],
  expertise: [],
  companies: [],
  researchCentres: [],
  ...fields,
});

const companies: CompanyFacts[] = [
  {
    id: 'a',
    sectors: [],
    capabilities: ['robotics-automation'],
    offers: [],
    seeks: [{ expertise: ['ai-data-science'] }],
  },
  { id: 'b', sectors: [], capabilities: [], offers: [], seeks: [] },
];
const centres: CentreFacts[] = [
  { id: 'x', expertise: ['ai-data-science'] },
  { id: 'y', expertise: ['robotics-automation'] },
  { id: 'unit', expertise: [], parentIds: ['y', 'x'] },
  { id: 'lab', expertise: [], parentIds: ['y'] },
];
const stories = [
  story('old', '2024-01-10', { companies: ['a'], researchCentres: ['x'], expertise: ['ai-data-science'] }),
  story('new', '2025-06-01', {
    companies: ['a', 'b'],
    researchCentres: ['x', 'y'],
    expertise: ['robotics-automation'],
  }),
];

describe('buildRelations', () => {
  const relations = buildRelations({ stories, companies, centres });

  it('lists a company’s and a centre’s stories, newest first', () => {
    expect(relations.storiesOfCompany('a').map((s) => s.slug)).toEqual(['new', 'old']);
    expect(relations.storiesOfCompany('b').map((s) => s.slug)).toEqual(['new']);
    expect(relations.storiesOfCentre('y').map((s) => s.slug)).toEqual(['new']);
    expect(relations.storiesOfCentre('nobody')).toEqual([]);
  });

  it('knows who worked with whom, once each', () => {
    expect(relations.partnersOfCentre('x').map((c) => c.id)).toEqual(['a', 'b']);
    expect(relations.partnersOfCompany('a').map((c) => c.id)).toEqual(['x', 'y']);
  });

  it('gathers centres, companies and stories by expertise area', () => {
    const ai = relations.byExpertise('ai-data-science');
    expect(ai.centres.map((c) => c.id)).toEqual(['x']);
    expect(ai.companies.map((c) => c.id)).toEqual(['a']);
    expect(ai.stories.map((s) => s.slug)).toEqual(['old']);
    expect(relations.byExpertise('unused')).toEqual({ centres: [], companies: [], stories: [] });
  });

  it('links units and their parents both ways', () => {
    expect(relations.parentsOfCentre('unit').map((c) => c.id)).toEqual(['y', 'x']);
    expect(relations.unitsOfCentre('y').map((c) => c.id)).toEqual(['unit', 'lab']);
    expect(relations.unitsOfCentre('x').map((c) => c.id)).toEqual(['unit']);
    expect(relations.unitsOfCentre('lab')).toEqual([]);
    expect(relations.parentsOfCentre('x')).toEqual([]);
  });
});
