import { describe, expect, it } from 'vitest';
import { callSchema, deadlinesBeforeOpening, isOfficialSource } from './calls.ts';
import { issuesOf, reviewed, withField } from './test-support.ts';

const validCall = {
  programme: { it: 'Programma', en: 'Programme' },
  funder: { name: { it: 'Innosuisse', en: 'Innosuisse' }, website: 'https://www.innosuisse.admin.ch/' },
  title: { it: 'Assegno', en: 'Cheque' },
  summary: { it: 'Uno studio.', en: 'A study.' },
  eligibility: { countries: 'CH', sizes: ['micro', 'small', 'medium'], crossBorderPartner: false },
  pays: { it: 'Fino a {fact:ch.innosuisse.innovation-cheque}.', en: 'Up to {fact:ch.innosuisse.innovation-cheque}.' },
  opens: '2026-02-02',
  deadlines: [{ date: '2026-12-04', time: '17:00', timezone: 'Europe/Brussels' }],
  topics: ['r-and-d'],
  link: 'https://www.innosuisse.admin.ch/en/innovation-cheque',
  sources: [{ title: 'Innosuisse', url: 'https://www.innosuisse.admin.ch/en/innovation-cheque' }],
  reviewed,
};

describe('call schema', () => {
  it('accepts a call with a window, one open all year and an expected edition', () => {
    expect(issuesOf(callSchema, validCall)).toEqual([]);
    const rolling = { ...withField(withField(validCall, 'deadlines', undefined), 'opens', undefined), rolling: true };
    expect(issuesOf(callSchema, rolling)).toEqual([]);
    const expected = {
      ...withField(withField(validCall, 'deadlines', undefined), 'opens', undefined),
      status: 'expected',
    };
    expect(issuesOf(callSchema, expected)).toEqual([]);
    expect(callSchema.parse(validCall).deadlines![0]!.date).toEqual(new Date('2026-12-04T00:00:00Z'));
  });

  it.each([
    ['no dates at all', withField(validCall, 'deadlines', undefined), ': needs its dates'],
    ['deadlines and rolling', { ...validCall, rolling: true }, ': give only one of'],
    [
      'an expected edition with an opening date',
      { ...withField(validCall, 'deadlines', undefined), status: 'expected' },
      'opens: an expected edition has no dates yet',
    ],
    [
      'an unknown time zone',
      withField(validCall, 'deadlines', [{ date: '2026-12-04', timezone: 'CET' }]),
      'deadlines.0.timezone',
    ],
    [
      'a time without its zone',
      withField(validCall, 'deadlines', [{ date: '2026-12-04', time: '17:00' }]),
      'deadlines.0.timezone',
    ],
    [
      'a time written 5pm',
      withField(validCall, 'deadlines', [{ date: '2026-12-04', time: '5pm', timezone: 'Europe/Rome' }]),
      'HH:MM',
    ],
    ['an empty list of deadlines', withField(validCall, 'deadlines', []), 'needs at least one deadline'],
    ['eligibility for Germany', withField(validCall, 'eligibility.countries', 'DE'), 'expected one of IT, CH, both'],
    ['an unknown topic', withField(validCall, 'topics', ['patents']), 'expected one of ip, r-and-d'],
    ['no sources', withField(validCall, 'sources', []), 'needs at least one source'],
    ['a plain-http link', withField(validCall, 'link', 'http://www.example.org/'), 'link'],
  ])('refuses %s', (_what, input, message) => {
    const issues = issuesOf(callSchema, input);
    expect(issues.join('\n')).toContain(message.replace('deadlines.0', 'deadlines[0]'));
  });

  it('finds a deadline before the opening day', () => {
    const call = callSchema.parse({ ...validCall, opens: '2026-12-10' });
    expect(deadlinesBeforeOpening(call)).toEqual([
      [
        0,
        'the deadline 2026-12-04 is before "opens" (2026-12-10): a call closes after it opens; check both dates against the call',
      ],
    ]);
    expect(deadlinesBeforeOpening(callSchema.parse(validCall))).toEqual([]);
  });

  it('counts the funder’s pages and public offices’ pages as official sources, nothing else', () => {
    const funder = 'https://www.innosuisse.admin.ch/';
    expect(isOfficialSource('https://www.innosuisse.admin.ch/en/innovation-cheque', funder)).toBe(true);
    expect(
      isOfficialSource('https://www.openinnovation.regione.lombardia.it/it/x', 'https://www.regione.lombardia.it/'),
    ).toBe(true);
    expect(isOfficialSource('https://euipo.europa.eu/x', 'https://www.interreg-italiasvizzera.eu/')).toBe(true);
    expect(isOfficialSource('https://www.mondaq.com/sme-fund', 'https://euipo.europa.eu/')).toBe(false);
    // A host that only ends with the same letters is another site.
    expect(isOfficialSource('https://www.notadmin.ch/x', 'https://www.example.org/')).toBe(false);
    expect(isOfficialSource('not a url', funder)).toBe(false);
  });
});
