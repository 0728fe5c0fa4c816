import { describe, expect, it } from 'vitest';
import {
  calendarPath,
  callFilterPath,
  caseStudyFilterPath,
  counterpartPath,
  entryCalendarPath,
  entryPath,
  eventPath,
  ipComparePath,
  ipDecidePath,
  localeOfPath,
  sectionPath,
} from './index.ts';

describe('routes', () => {
  it('prefixes every page with its language', () => {
    expect(sectionPath('it', 'home')).toBe('/it/');
    expect(sectionPath('en', 'researchCentres')).toBe('/en/research-centres/');
    expect(sectionPath('it', 'ipGuides')).toBe('/it/ip/');
    expect(entryPath('en', 'caseStudies', 'water-saving-dyeing')).toBe('/en/case-studies/water-saving-dyeing/');
  });

  it('builds the IP comparison and decision helper paths', () => {
    expect(ipComparePath('it')).toBe('/it/ip/compare/');
    expect(ipDecidePath('en')).toBe('/en/ip/decide/');
    expect(ipDecidePath('it', 'know-how')).toBe('/it/ip/decide/know-how/');
    expect(ipDecidePath('en', 'invention', 'eu')).toBe('/en/ip/decide/invention/eu/');
    expect(() => ipDecidePath('en', 'Know How')).toThrow(/Know How/);
  });

  it('builds the paths of the filtered success stories', () => {
    expect(caseStudyFilterPath('it', 'sector', 'textiles')).toBe('/it/case-studies/filter/sector/textiles/');
    expect(caseStudyFilterPath('en', 'trl-gain', '3')).toBe('/en/case-studies/filter/trl-gain/3/');
    expect(() => caseStudyFilterPath('it', 'sector', 'Tessile ')).toThrow(/Tessile/);
  });

  it('builds the calls, events and calendar paths', () => {
    expect(sectionPath('it', 'calls')).toBe('/it/calls/');
    expect(entryPath('en', 'calls', 'innosuisse-innovation-cheque')).toBe('/en/calls/innosuisse-innovation-cheque/');
    expect(callFilterPath('it', 'country', 'CH')).toBe('/it/calls/country/ch/');
    expect(callFilterPath('en', 'topic', 'r-and-d')).toBe('/en/calls/topic/r-and-d/');
    expect(calendarPath('en')).toBe('/en/calendar.ics');
    expect(entryCalendarPath('it', 'calls', 'x')).toBe('/it/calls/x.ics');
    expect(entryCalendarPath('en', 'events', 'y')).toBe('/en/events/y.ics');
    expect(eventPath('it', 'y')).toBe('/it/events/#y');
    expect(() => callFilterPath('it', 'topic', 'R and D')).toThrow(/R and D/);
  });

  it('refuses ids that would make a broken URL', () => {
    expect(() => entryPath('it', 'companies', 'Bad Id')).toThrow(/Bad Id/);
    expect(() => entryPath('it', 'companies', '../x')).toThrow();
  });

  it('finds the language of a path', () => {
    expect(localeOfPath('/it/companies/')).toBe('it');
    expect(localeOfPath('/en/')).toBe('en');
    expect(localeOfPath('/')).toBeUndefined();
    expect(localeOfPath('/404.html')).toBeUndefined();
    expect(localeOfPath('/items/')).toBeUndefined();
  });

  it('maps a page to its counterpart in the other language', () => {
    expect(counterpartPath('/it/companies/x/', 'en')).toBe('/en/companies/x/');
    expect(counterpartPath('/en/', 'it')).toBe('/it/');
    expect(counterpartPath('/it/ip/where-to-file-patent/', 'it')).toBe('/it/ip/where-to-file-patent/');
    expect(counterpartPath('/', 'en')).toBe('/en/');
  });
});
