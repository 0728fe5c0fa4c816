/**
 * The filters of the success stories: which values each facet offers, how many stories have
 * each, and which stories a filter keeps. Pure, so the pages only print what this computes.
 */

/** The facets, in the order they are shown; each is a URL segment of its filter pages. */
export const storyFacets = ['ip-outcome', 'funding', 'trl-gain', 'sector'] as const;
export type StoryFacet = (typeof storyFacets)[number];

/** One facet's value: the filter of one filter page. */
export interface StoryFilter {
  facet: StoryFacet;
  value: string;
}

/** What the filters read of a story (a StoryRecord of the hub has these fields). */
export interface FilterableStory {
  slug: string;
  sectors: readonly string[];
  data: {
    ipOutcome: string;
    fundingInstrument?: string | undefined;
    trl: { before: number; after: number };
  };
}

/** The ids each vocabulary facet offers, in the order shown; the TRL gains come from the stories. */
export type FacetVocabularies = Record<Exclude<StoryFacet, 'trl-gain'>, readonly string[]>;

export interface FacetCounts {
  facet: StoryFacet;
  values: { value: string; count: number }[];
}

/** Levels of technology readiness the project added (TRL after minus before). */
export function trlGain(story: FilterableStory): number {
  return story.data.trl.after - story.data.trl.before;
}

/** The values a story has in one facet (a story may have several sectors, or no funding instrument). */
export function valuesOf(story: FilterableStory, facet: StoryFacet): string[] {
  switch (facet) {
    case 'ip-outcome':
      return [story.data.ipOutcome];
    case 'funding':
      return story.data.fundingInstrument === undefined ? [] : [story.data.fundingInstrument];
    case 'trl-gain':
      return [String(trlGain(story))];
    case 'sector':
      return [...new Set(story.sectors)];
  }
}

export function storiesMatching<Story extends FilterableStory>(
  stories: readonly Story[],
  filter: StoryFilter,
): Story[] {
  return stories.filter((story) => valuesOf(story, filter.facet).includes(filter.value));
}

/**
 * The TRL gains shown: every whole number from one level (or no change, when a story has none)
 * up to the largest gain of any story, so a gap reads as "no story gained that much".
 */
function trlGainValues(stories: readonly FilterableStory[]): string[] {
  if (stories.length === 0) return [];
  const gains = stories.map(trlGain);
  const from = Math.min(1, ...gains);
  const to = Math.max(...gains);
  return Array.from({ length: to - from + 1 }, (_, index) => String(from + index));
}

/**
 * Every value of every facet with how many stories have it, zeros included. A story value the
 * vocabulary does not know is a content error the schema should have caught: it is reported
 * rather than counted under a value no page offers.
 */
export function facetCounts(stories: readonly FilterableStory[], vocabularies: FacetVocabularies): FacetCounts[] {
  return storyFacets.map((facet) => {
    const offered = facet === 'trl-gain' ? trlGainValues(stories) : vocabularies[facet];
    const counts = new Map(offered.map((value) => [value, 0]));
    for (const story of stories) {
      for (const value of valuesOf(story, facet)) {
        const count = counts.get(value);
        if (count === undefined) {
          throw new Error(`Story "${story.slug}": ${facet} "${value}" is not one of ${offered.join(', ')}`);
        }
        counts.set(value, count + 1);
      }
    }
    return { facet, values: offered.map((value) => ({ value, count: counts.get(value)! })) };
  });
}

/** The filters that get a page: every value with at least one story. */
export function filterPages(stories: readonly FilterableStory[], vocabularies: FacetVocabularies): StoryFilter[] {
  return facetCounts(stories, vocabularies).flatMap(({ facet, values }) =>
    values.filter(({ count }) => count > 0).map(({ value }) => ({ facet, value })),
  );
}

/** A facet value as the filter bar shows it: a link when stories have it, plain text at zero. */
export interface FacetValueView {
  value: string;
  label: string;
  count: number;
  href: string | undefined;
  current: boolean;
}

export interface FacetView {
  facet: StoryFacet;
  label: string;
  values: FacetValueView[];
}

export interface FacetWords {
  facetLabel: (facet: StoryFacet) => string;
  valueLabel: (filter: StoryFilter) => string;
  href: (filter: StoryFilter) => string;
}

/** The filter bar's content, with the active filter (if any) marked as the current page. */
export function facetViews(counts: readonly FacetCounts[], words: FacetWords, active?: StoryFilter): FacetView[] {
  return counts.map(({ facet, values }) => ({
    facet,
    label: words.facetLabel(facet),
    values: values.map(({ value, count }) => ({
      value,
      label: words.valueLabel({ facet, value }),
      count,
      href: count > 0 ? words.href({ facet, value }) : undefined,
      current: active?.facet === facet && active.value === value,
    })),
  }));
}
