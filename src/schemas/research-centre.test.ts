import { describe, expect, it } from 'vitest';
import { researchCentreSchema } from './research-centre.ts';
import { issuesOf, reviewed, source, vocabulary, withField } from './test-support.ts';

const schema = researchCentreSchema({ vocabulary });

const validCentre = {
  name: 'Scuola universitaria professionale della Svizzera italiana',
  shortName: 'SUPSI',
  type: 'applied-sciences-university',
  country: 'CH',
  region: 'ticino',
  municipality: 'Lugano',
  expertise: ['robotics-automation'],
  sectors: ['mechatronics'],
  services: [{ it: 'Ricerca applicata', en: 'Applied research' }],
  equipment: [
    {
      name: { it: 'Laboratorio', en: 'Laboratory' },
      description: { it: 'Prove.', en: 'Tests.' },
      access: { en: 'Through a project.' },
    },
  ],
  howToEngage: { it: 'Contatta il servizio.', en: 'Contact the office.' },
  languages: ['it', 'en'],
  website: 'https://www.supsi.ch',
  contact: {
    email: 'info@example.org',
    phone: '+41 58 000 00 00',
    source: { title: 'SUPSI – Contacts', url: 'https://www.supsi.ch/contatti' },
  },
  description: { it: 'Scuola.', en: 'School.' },
  reviewed,
  sources: [source],
};

describe('research centre schema', () => {
  it('accepts a complete entry', () => {
    expect(issuesOf(schema, validCentre)).toEqual([]);
  });

  it.each(['research-institute', 'chamber-of-commerce'])('accepts the organisation type %s', (type) => {
    expect(issuesOf(schema, withField(validCentre, 'type', type))).toEqual([]);
  });

  it.each([
    [
      'an unknown organisation type',
      'type',
      'college',
      'type: expected one of university, applied-sciences-university, public-research-institute, research-institute, laboratory, technology-transfer-office, technology-park, innovation-agency, business-association, chamber-of-commerce — got "college"',
    ],
    ['no sources', 'sources', [], 'sources: needs at least one source, so readers can check the facts'],
    [
      'a source with an http address',
      'sources',
      [{ title: 'Old page', url: 'http://www.example.org' }],
      'sources[0].url: expected a full web address starting with https://, e.g. https://www.example.org/page — got "http://www.example.org"',
    ],
    [
      'a missing website',
      'website',
      undefined,
      'website: is required but missing (expected a full web address starting with https://, e.g. https://www.example.org/page)',
    ],
    [
      'a malformed e-mail address',
      'contact.email',
      'info-at-example.org',
      'contact.email: expected an e-mail address such as info@example.org — got "info-at-example.org"',
    ],
    [
      'a local phone number',
      'contact.phone',
      '058 000 00 00',
      'contact.phone: expected an international phone number such as +41 58 666 60 00',
    ],
    [
      'a contact without its source',
      'contact',
      { email: 'info@example.org' },
      'contact.source: is required but missing: the page of the organisation itself where this contact is published, with "title:" and "url:" (not a directory or a news article)',
    ],
    [
      'a contact with nothing to get in touch by',
      'contact',
      { source: { title: 'SUPSI – Contacts', url: 'https://www.supsi.ch/contatti' } },
      'contact: needs at least one way to get in touch: email, phone or url',
    ],
    [
      'a parent named by its name instead of its id',
      'parentIds',
      ['SUPSI DTI'],
      'parentIds[0]: expected lower-case letters, digits and hyphens only, e.g. "textile-finishing"',
    ],
    ['an unknown language', 'languages', ['rm'], 'languages[0]: expected a language code: it, en, de or fr — got "rm"'],
    [
      'a missing way to engage',
      'howToEngage',
      undefined,
      'howToEngage: is required but missing (expected a group of fields)',
    ],
    ['a region in the other country', 'region', 'lecco', 'region: region "lecco" is in IT, but "country" says CH'],
  ])('rejects %s', (_case, path, value, message) => {
    expect(issuesOf(schema, withField(validCentre, path, value))).toEqual([message]);
  });
});
