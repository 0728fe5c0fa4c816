import { describe, expect, it } from 'vitest';
import { profileCard, translatedCard } from './card.ts';

describe('profileCard', () => {
  it('links the profile and clamps its description, marked when it is in the other language', () => {
    const profile = { id: 'supsi', name: 'SUPSI', description: { it: 'Scuola universitaria.' } };
    expect(profileCard('researchCentres', profile, { locale: 'en', headingLevel: 2 })).toEqual({
      href: '/en/research-centres/supsi/',
      title: 'SUPSI',
      summary: { text: 'Scuola universitaria.', lang: 'it', isFallback: true },
      clamp: true,
      headingLevel: 2,
    });
  });
});

describe('translatedCard', () => {
  const story = {
    slug: 'water-saving-dyeing',
    translations: { it: { data: { title: 'Tintura', summary: 'Meno acqua.' } } },
  };

  it('uses the translation in the page’s language, without a lang of its own', () => {
    expect(translatedCard('caseStudies', story, { locale: 'it' }).card).toEqual({
      href: '/it/case-studies/water-saving-dyeing/',
      title: 'Tintura',
      lang: undefined,
      summary: 'Meno acqua.',
      headingLevel: undefined,
    });
  });

  it('falls back to the other translation and says which language it is in', () => {
    expect(translatedCard('caseStudies', story, { locale: 'en' }).card).toMatchObject({
      href: '/en/case-studies/water-saving-dyeing/',
      lang: 'it',
    });
  });
});
