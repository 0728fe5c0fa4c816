import { describe, expect, it } from 'vitest';
import {
  centresForCompany,
  centresForRequest,
  companiesForCentre,
  companiesForRequest,
  complementaryCompanies,
  EXPERTISE_WEIGHT,
  PARTNER_WEIGHT,
  SECTOR_WEIGHT,
  similarStories,
} from './matching.ts';
import type { CentreFacts, CompanyFacts, StoryFacts } from '#collections/model.ts';

const company = (id: string, fields: Partial<CompanyFacts> = {}): CompanyFacts => ({
  id,
  sectors: [],
  capabilities: [],
  offers: [],
  seeks: [],
  ...fields,
});

const dyeworks = company('dyeworks', {
  sectors: ['textiles'],
  capabilities: ['textile-processes'],
  seeks: [{ expertise: ['water-resource-efficiency', 'surface-engineering'] }],
});

const centres: CentreFacts[] = [
  { id: 'materials-lab', expertise: ['surface-engineering', 'metals-alloys'], sectors: ['metalworking'] },
  { id: 'water-institute', expertise: ['water-resource-efficiency', 'surface-engineering'], sectors: ['textiles'] },
  { id: 'robotics-lab', expertise: ['robotics-automation'], sectors: ['textiles'] },
];

describe('centresForCompany', () => {
  it('ranks centres by shared needs, then sectors, and says why', () => {
    const matches = centresForCompany(dyeworks, centres);
    expect(matches.map((m) => m.item.id)).toEqual(['water-institute', 'materials-lab']);
    expect(matches[0]).toMatchObject({
      score: 2 * EXPERTISE_WEIGHT + SECTOR_WEIGHT,
      shared: { expertise: ['surface-engineering', 'water-resource-efficiency'], sectors: ['textiles'] },
    });
    expect(matches[1]).toMatchObject({
      score: EXPERTISE_WEIGHT,
      shared: { expertise: ['surface-engineering'], sectors: [] },
    });
  });

  it('does not match on a shared sector alone', () => {
    expect(centresForCompany(dyeworks, centres).map((m) => m.item.id)).not.toContain('robotics-lab');
  });

  it('finds nothing for a company that seeks nothing', () => {
    expect(centresForCompany(company('quiet', { sectors: ['textiles'] }), centres)).toEqual([]);
  });
});

describe('companiesForCentre', () => {
  it('lists the companies that seek what the centre offers', () => {
    const springs = company('springs', { seeks: [{ expertise: ['metals-alloys'] }] });
    const matches = companiesForCentre(centres[0]!, [dyeworks, springs, company('none')]);
    expect(matches.map((m) => [m.item.id, m.shared.expertise])).toEqual([
      ['dyeworks', ['surface-engineering']],
      ['springs', ['metals-alloys']],
    ]);
  });
});

describe('complementaryCompanies', () => {
  it('matches a company that offers what another seeks, in both directions, never itself', () => {
    const coater = company('coater', {
      sectors: ['textiles'],
      offers: [{ expertise: ['surface-engineering'] }],
      seeks: [{ expertise: ['textile-processes'] }],
    });
    const matches = complementaryCompanies(dyeworks, [dyeworks, coater, company('other')]);
    expect(matches).toHaveLength(1);
    expect(matches[0]).toMatchObject({
      item: { id: 'coater' },
      shared: { expertise: ['surface-engineering', 'textile-processes'], sectors: ['textiles'] },
      score: 2 * EXPERTISE_WEIGHT + SECTOR_WEIGHT,
    });
  });
});

describe('similarStories', () => {
  const story = (slug: string, fields: Partial<StoryFacts>): StoryFacts => ({
    slug,
    date: new Date('2025-01-01'),
    sectors: [],
    expertise: [],
    companies: [],
    researchCentres: [],
    ...fields,
  });
  const dyeing = story('dyeing', {
    sectors: ['textiles'],
    expertise: ['water-resource-efficiency', 'energy-efficiency'],
    companies: ['dyeworks'],
    researchCentres: ['polimi'],
  });
  const others = [
    dyeing,
    story('heat', { sectors: ['metalworking'], expertise: ['energy-efficiency'], researchCentres: ['polimi'] }),
    story('rinse', { sectors: ['textiles'], expertise: ['water-resource-efficiency', 'energy-efficiency'] }),
    story('same-lab', { expertise: ['robotics-automation'], researchCentres: ['polimi'] }),
    story('unrelated', { sectors: ['textiles'], expertise: ['robotics-automation'] }),
  ];

  it('ranks by shared expertise, sectors and partners, and explains each match', () => {
    const matches = similarStories(dyeing, others);
    expect(matches.map((m) => [m.item.slug, m.score])).toEqual([
      ['rinse', 2 * EXPERTISE_WEIGHT + SECTOR_WEIGHT],
      ['heat', EXPERTISE_WEIGHT + PARTNER_WEIGHT],
      ['same-lab', PARTNER_WEIGHT],
    ]);
    expect(matches[1]).toMatchObject({
      shared: { expertise: ['energy-efficiency'], sectors: [] },
      sharedPartners: ['polimi'],
    });
  });

  it('never lists the story itself nor a story that shares only a sector, and respects the limit', () => {
    const slugs = similarStories(dyeing, others).map((m) => m.item.slug);
    expect(slugs).not.toContain('dyeing');
    expect(slugs).not.toContain('unrelated');
    expect(similarStories(dyeing, others, 1)).toHaveLength(1);
  });
});

describe('matches for a request of the board', () => {
  const request = {
    kind: 'technology-request' as const,
    sector: ['textiles'],
    expertise: ['water-resource-efficiency', 'surface-engineering'],
    postedByCompany: 'dyeworks',
  };

  it('finds the centres that cover the expertise sought, best first, with the reason', () => {
    const matches = centresForRequest(request, centres);
    expect(matches.map((m) => m.item.id)).toEqual(['water-institute', 'materials-lab']);
    expect(matches[0]!.shared).toEqual({
      expertise: ['surface-engineering', 'water-resource-efficiency'],
      sectors: ['textiles'],
    });
  });

  it('finds companies that can do what is sought, or that seek what is offered, never the poster', () => {
    const coater = company('coater', { capabilities: ['surface-engineering'] });
    const seeker = company('seeker', { seeks: [{ expertise: ['surface-engineering'] }] });
    const all = [dyeworks, coater, seeker];
    expect(companiesForRequest(request, all).map((m) => m.item.id)).toEqual(['coater']);
    const offer = { ...request, kind: 'technology-offer' as const };
    expect(companiesForRequest(offer, all).map((m) => m.item.id)).toEqual(['seeker']);
  });
});
