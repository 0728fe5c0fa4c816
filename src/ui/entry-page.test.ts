import { describe, expect, it } from 'vitest';
import { entryPaths, sectionTrail } from './entry-page.ts';

describe('entryPaths', () => {
  it('gives every entry a page in each language, with the entry and the language as props', () => {
    const areas = [{ id: 'robotics' }, { id: 'textiles' }];
    expect(entryPaths(areas, (area) => ({ id: area.id }))).toEqual([
      { params: { lang: 'it', id: 'robotics' }, props: { entry: areas[0], locale: 'it' } },
      { params: { lang: 'it', id: 'textiles' }, props: { entry: areas[1], locale: 'it' } },
      { params: { lang: 'en', id: 'robotics' }, props: { entry: areas[0], locale: 'en' } },
      { params: { lang: 'en', id: 'textiles' }, props: { entry: areas[1], locale: 'en' } },
    ]);
  });
});

describe('sectionTrail', () => {
  it('leads from the home page to the section, in the page’s language', () => {
    expect(sectionTrail('en', 'researchCentres').map((step) => step.href)).toEqual(['/en/', '/en/research-centres/']);
    expect(sectionTrail('it', 'caseStudies').map((step) => step.href)).toEqual(['/it/', '/it/case-studies/']);
  });
});
