import { describe, expect, it } from 'vitest';
import {
  callSearchFields,
  centreSearchFields,
  companySearchFields,
  guideSearchFields,
  requestSearchFields,
  storySearchFields,
} from './fields.ts';

describe('search fields', () => {
  it('tags a story with its facets, its partners’ places and its date', () => {
    const fields = storySearchFields({
      summary: 'A dye house cuts water use.',
      date: new Date('2025-10-15T00:00:00Z'),
      sectors: ['textiles'],
      expertise: ['water-resource-efficiency', 'energy-efficiency'],
      fundingInstrument: 'regional-grant',
      trlAfter: 7,
      places: [
        { country: 'IT', region: 'lecco' },
        { country: 'CH', region: 'ticino' },
        { country: 'IT', region: 'lecco' },
      ],
      placeLabel: 'Valmadrera · Lugano',
    });
    expect(fields).toEqual({
      type: 'case-study',
      filters: {
        type: ['case-study'],
        sector: ['textiles'],
        expertise: ['energy-efficiency', 'water-resource-efficiency'],
        country: ['CH', 'IT'],
        region: ['lecco', 'ticino'],
        trl: ['7'],
        funding: ['regional-grant'],
      },
      meta: { summary: 'A dye house cuts water use.', place: 'Valmadrera · Lugano', date: '2025-10-15' },
      sortDate: '2025-10-15',
    });
  });

  it('leaves out filters that do not apply', () => {
    const fields = storySearchFields({
      summary: 's',
      date: new Date('2025-01-01'),
      sectors: ['textiles'],
      expertise: ['textile-processes'],
      trlAfter: 4,
      places: [],
      placeLabel: '',
    });
    expect(Object.keys(fields.filters)).toEqual(['type', 'sector', 'expertise', 'trl']);
  });

  it('finds a company under what it offers and what it seeks', () => {
    const fields = companySearchFields({
      summary: 's',
      country: 'IT',
      region: 'lecco',
      sectors: ['textiles'],
      capabilities: ['textile-processes'],
      offers: [{ expertise: ['testing-certification'], trl: 9 }],
      seeks: [{ expertise: ['water-resource-efficiency'] }],
      placeLabel: 'Valmadrera',
      reviewed: new Date('2026-11-20'),
    });
    expect(fields.filters).toEqual({
      type: ['company'],
      sector: ['textiles'],
      expertise: ['testing-certification', 'textile-processes', 'water-resource-efficiency'],
      country: ['IT'],
      region: ['lecco'],
      trl: ['9'],
    });
  });

  it('files a centre under its country and region', () => {
    const fields = centreSearchFields({
      summary: 's',
      country: 'CH',
      region: 'ticino',
      expertise: ['robotics-automation'],
      placeLabel: 'Lugano',
      reviewed: new Date('2026-11-20'),
    });
    expect(fields.filters).toEqual({
      type: ['research-centre'],
      expertise: ['robotics-automation'],
      country: ['CH'],
      region: ['ticino'],
    });
  });

  it('files EU and international guides under both countries', () => {
    const base = { summary: 's', topic: 'patents', lawAsOf: new Date('2026-11-01'), reviewed: new Date('2026-11-20') };
    expect(guideSearchFields({ ...base, jurisdictions: ['IT'] }).filters.country).toEqual(['IT']);
    expect(guideSearchFields({ ...base, jurisdictions: ['EU', 'INT'] }).filters.country).toEqual(['CH', 'IT']);
    expect(guideSearchFields({ ...base, jurisdictions: ['CH'] }).meta.date).toBe('2026-11-01');
  });

  it('files a call under every country whose companies may apply, dated by its next deadline', () => {
    const base = { summary: 's', funder: 'EUIPO', reviewed: new Date('2026-12-07') };
    const both = callSearchFields({ ...base, countries: 'both', nextDeadline: new Date('2027-03-19') });
    expect(both).toEqual({
      type: 'call',
      filters: { type: ['call'], country: ['CH', 'IT'] },
      meta: { summary: 's', place: 'EUIPO', date: '2027-03-19' },
      sortDate: '2026-12-07',
    });
    const rolling = callSearchFields({ ...base, countries: 'CH' });
    expect(rolling.filters.country).toEqual(['CH']);
    expect(rolling.meta).not.toHaveProperty('date');
  });

  it('files a request under its sectors, expertise and country, dated by its posting', () => {
    expect(
      requestSearchFields({
        summary: 's',
        country: 'IT',
        sectors: ['textiles'],
        expertise: ['water-resource-efficiency', 'textile-processes'],
        postedBy: 'Tintoria',
        posted: new Date('2026-11-25'),
      }),
    ).toEqual({
      type: 'request',
      filters: {
        type: ['request'],
        sector: ['textiles'],
        expertise: ['textile-processes', 'water-resource-efficiency'],
        country: ['IT'],
      },
      meta: { summary: 's', place: 'Tintoria', date: '2026-11-25' },
      sortDate: '2026-11-25',
    });
  });
});
