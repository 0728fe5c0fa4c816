import { describe, expect, it } from 'vitest';
import { organisationTypes } from '#schemas/index.ts';
import { breadcrumbTrail } from './breadcrumbs.ts';
import { articleLd, breadcrumbList, centreLd, centreTypes, companyLd, serializeJsonLd } from './json-ld.ts';

const place = { municipality: 'Lecco', region: 'Provincia di Lecco', country: 'IT' as const };

describe('serializeJsonLd', () => {
  const hostile = {
    '@type': 'Organization',
    name: '</script><script>alert(1)</script> & <!-- x -->',
    note: 'line\u2028separator',
  };

  it('cannot end the <script> element or open a comment', () => {
    const text = serializeJsonLd(hostile);
    expect(text).not.toMatch(/<\/script/i);
    expect(text).not.toContain('<!--');
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
  });

  it('still reads back as the same data', () => {
    expect(JSON.parse(serializeJsonLd(hostile))).toEqual(hostile);
  });
});

describe('schema.org types', () => {
  it('describe universities as CollegeOrUniversity and research bodies as ResearchOrganization', () => {
    expect(centreTypes.university).toBe('CollegeOrUniversity');
    expect(centreTypes['applied-sciences-university']).toBe('CollegeOrUniversity');
    expect(centreTypes['public-research-institute']).toBe('ResearchOrganization');
    // Support organisations that do no research of their own are plain Organizations.
    expect(centreTypes['innovation-agency']).toBe('Organization');
    expect(Object.keys(centreTypes).sort()).toEqual([...organisationTypes].sort());
  });

  it('say of a fictional company that it is fictional', () => {
    const data = companyLd({
      pageUrl: 'https://hub.example.org/it/companies/x/',
      name: 'X',
      description: 'Does things',
      place,
      knowsAbout: ['Textiles'],
      example: { example: true, note: 'Fictional company.' },
    });
    expect(data).toMatchObject({ '@type': 'Organization', disambiguatingDescription: 'Fictional company.' });
    expect(data).not.toHaveProperty('url');
    expect(
      companyLd({
        ...data,
        pageUrl: 'https://h/x/',
        name: 'Y',
        description: 'd',
        place,
        knowsAbout: [],
        example: { example: false, note: 'n' },
      }),
    ).not.toHaveProperty('disambiguatingDescription');
  });

  it('name a centre’s parent organisation and website', () => {
    const data = centreLd({
      pageUrl: 'https://hub.example.org/en/research-centres/polimi/',
      name: 'Politecnico di Milano – Lecco',
      type: 'university',
      parent: 'Politecnico di Milano',
      description: 'A campus',
      website: 'https://www.polo-lecco.polimi.it/',
      place,
      knowsAbout: [],
    });
    expect(data).toMatchObject({
      '@type': 'CollegeOrUniversity',
      url: 'https://www.polo-lecco.polimi.it/',
      parentOrganization: { '@type': 'Organization', name: 'Politecnico di Milano' },
      address: { addressLocality: 'Lecco', addressCountry: 'IT' },
    });
  });

  it('date an article by its review and give the language of its text', () => {
    const data = articleLd({
      pageUrl: 'https://hub.example.org/en/ip/x/',
      headline: 'Utility models',
      description: 'What they are',
      inLanguage: 'it',
      datePublished: new Date('2026-02-01T00:00:00Z'),
      reviewed: new Date('2026-11-20T00:00:00Z'),
      publisher: { name: 'Hub', url: 'https://hub.example.org/en/' },
    });
    expect(data).toMatchObject({
      '@type': 'Article',
      inLanguage: 'it',
      datePublished: '2026-02-01',
      dateModified: '2026-11-20',
    });
  });
});

describe('breadcrumbs', () => {
  const absolute = (path: string) => `https://hub.example.org${path}`;
  const sections = { companies: 'Companies' };

  it('run home › section › entry on entry pages', () => {
    const trail = breadcrumbTrail({ path: '/en/companies/x/', title: 'X Ltd', home: 'Home', sections, absolute });
    expect(trail.map((crumb) => crumb.name)).toEqual(['Home', 'Companies', 'X Ltd']);
    expect(trail.at(-1)?.url).toBe('https://hub.example.org/en/companies/x/');
    expect(breadcrumbList(trail).itemListElement).toHaveLength(3);
  });

  it('run home › page on section pages and stop at home on the home page', () => {
    expect(
      breadcrumbTrail({ path: '/it/open-data/', title: 'Dati aperti', home: 'Home', sections, absolute }),
    ).toHaveLength(2);
    expect(breadcrumbTrail({ path: '/it/', title: 'Hub', home: 'Home', sections, absolute })).toHaveLength(1);
    expect(breadcrumbTrail({ path: '/', title: 'Hub', home: 'Home', sections, absolute })).toEqual([]);
  });
});
