import { describe, expect, it } from 'vitest';
import {
  facetCounts,
  facetViews,
  filterPages,
  storiesMatching,
  trlGain,
  valuesOf,
  type FacetVocabularies,
  type FilterableStory,
} from './index.ts';

function story(
  slug: string,
  fields: { ipOutcome: string; funding?: string; trl: [number, number]; sectors: string[] },
): FilterableStory {
  return {
    slug,
    sectors: fields.sectors,
    data: {
      ipOutcome: fields.ipOutcome,
      fundingInstrument: fields.funding,
      trl: { before: fields.trl[0], after: fields.trl[1] },
    },
  };
}

const dyeing = story('dyeing', {
  ipOutcome: 'trade-secret',
  funding: 'regional-grant',
  trl: [5, 7],
  sectors: ['textiles'],
});
const gripper = story('gripper', {
  ipOutcome: 'patent-filed',
  funding: 'innosuisse-innovation-project',
  trl: [3, 6],
  sectors: ['mechatronics', 'metalworking'],
});
const moulds = story('moulds', { ipOutcome: 'trade-secret', trl: [4, 7], sectors: ['metalworking'] });
const stories = [dyeing, gripper, moulds];

const vocabularies: FacetVocabularies = {
  'ip-outcome': ['patent-filed', 'patent-granted', 'trade-secret'],
  funding: ['innosuisse-innovation-project', 'regional-grant', 'eurostars'],
  sector: ['textiles', 'metalworking', 'mechatronics', 'food'],
};

describe('story filters', () => {
  it('reads the values of each facet from a story', () => {
    expect(valuesOf(gripper, 'ip-outcome')).toEqual(['patent-filed']);
    expect(valuesOf(gripper, 'funding')).toEqual(['innosuisse-innovation-project']);
    expect(valuesOf(moulds, 'funding')).toEqual([]);
    expect(valuesOf(gripper, 'trl-gain')).toEqual(['3']);
    expect(valuesOf(gripper, 'sector')).toEqual(['mechatronics', 'metalworking']);
    expect(trlGain(dyeing)).toBe(2);
  });

  it('counts every vocabulary value, zeros included, in the order given', () => {
    const counts = facetCounts(stories, vocabularies);
    expect(counts.map(({ facet }) => facet)).toEqual(['ip-outcome', 'funding', 'trl-gain', 'sector']);
    expect(counts[0]!.values).toEqual([
      { value: 'patent-filed', count: 1 },
      { value: 'patent-granted', count: 0 },
      { value: 'trade-secret', count: 2 },
    ]);
    // A story without a funding instrument is counted under no instrument.
    expect(counts[1]!.values).toEqual([
      { value: 'innosuisse-innovation-project', count: 1 },
      { value: 'regional-grant', count: 1 },
      { value: 'eurostars', count: 0 },
    ]);
    // A story in two sectors counts in both.
    expect(counts[3]!.values).toEqual([
      { value: 'textiles', count: 1 },
      { value: 'metalworking', count: 2 },
      { value: 'mechatronics', count: 1 },
      { value: 'food', count: 0 },
    ]);
  });

  it('offers the TRL gains from one level up to the largest, and no change only when a story has it', () => {
    expect(facetCounts(stories, vocabularies)[2]!.values).toEqual([
      { value: '1', count: 0 },
      { value: '2', count: 1 },
      { value: '3', count: 2 },
    ]);
    const flat = story('flat', { ipOutcome: 'trade-secret', trl: [6, 6], sectors: ['food'] });
    expect(facetCounts([flat, dyeing], vocabularies)[2]!.values.map(({ value }) => value)).toEqual(['0', '1', '2']);
    expect(facetCounts([], vocabularies)[2]!.values).toEqual([]);
  });

  it('keeps exactly the stories with the filter’s value', () => {
    expect(storiesMatching(stories, { facet: 'ip-outcome', value: 'trade-secret' })).toEqual([dyeing, moulds]);
    expect(storiesMatching(stories, { facet: 'sector', value: 'metalworking' })).toEqual([gripper, moulds]);
    expect(storiesMatching(stories, { facet: 'trl-gain', value: '3' })).toEqual([gripper, moulds]);
    expect(storiesMatching(stories, { facet: 'funding', value: 'eurostars' })).toEqual([]);
  });

  it('gives a page to every value some story has, and only to those', () => {
    const pages = filterPages(stories, vocabularies);
    expect(pages).toContainEqual({ facet: 'sector', value: 'textiles' });
    expect(pages).not.toContainEqual({ facet: 'sector', value: 'food' });
    expect(pages).not.toContainEqual({ facet: 'trl-gain', value: '1' });
    expect(pages).toHaveLength(2 + 2 + 2 + 3);
    for (const filter of pages) expect(storiesMatching(stories, filter).length, filter.value).toBeGreaterThan(0);
  });

  it('refuses a story value its vocabulary does not know, naming the story', () => {
    const odd = story('odd', { ipOutcome: 'patent', trl: [1, 2], sectors: ['textiles'] });
    expect(() => facetCounts([odd], vocabularies)).toThrow(
      'Story "odd": ip-outcome "patent" is not one of patent-filed, patent-granted, trade-secret',
    );
  });

  it('links the values that have stories and marks the active one as the current page', () => {
    const views = facetViews(
      facetCounts(stories, vocabularies),
      {
        facetLabel: (facet) => facet.toUpperCase(),
        valueLabel: ({ value }) => `label ${value}`,
        href: ({ facet, value }) => `/f/${facet}/${value}/`,
      },
      { facet: 'sector', value: 'metalworking' },
    );
    const sectors = views.find(({ facet }) => facet === 'sector')!;
    expect(sectors.label).toBe('SECTOR');
    expect(sectors.values).toContainEqual({
      value: 'metalworking',
      label: 'label metalworking',
      count: 2,
      href: '/f/sector/metalworking/',
      current: true,
    });
    expect(sectors.values.find(({ value }) => value === 'food')).toMatchObject({ href: undefined, current: false });
    const current = views.flatMap(({ values }) => values.filter((value) => value.current));
    expect(current.map(({ value }) => value)).toEqual(['metalworking']);
    expect(
      facetViews(facetCounts(stories, vocabularies), { facetLabel: String, valueLabel: String, href: String })
        .flatMap(({ values }) => values)
        .some(({ current: isCurrent }) => isCurrent),
    ).toBe(false);
  });
});
