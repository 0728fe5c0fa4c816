import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGuideSlugs } from '#features/content-check/guide-slugs.ts';
import { locales } from '#i18n/locales.ts';
import { findTypedFigures, factIdsIn, readFacts } from '#features/facts/index.ts';
import {
  adviceFor,
  decisionTexts,
  guidesNamedByTheHelper,
  marketLabels,
  markets,
  needLabels,
  protectionNeeds,
} from './ip-decision.ts';

const paths = protectionNeeds.flatMap((need) => markets.map((market) => [need, market] as const));

describe('IP decision helper', () => {
  it('labels every need and market in both languages', () => {
    for (const labels of [...Object.values(needLabels), ...Object.values(marketLabels)]) {
      for (const locale of locales) {
        expect(labels.label[locale].length).toBeGreaterThan(0);
        expect(labels.hint[locale].length).toBeGreaterThan(10);
      }
      expect(labels.hint.it).not.toBe(labels.hint.en);
    }
  });

  it.each(paths)('gives %s / %s at least two different guides, with a reason in each language', (need, market) => {
    const it = adviceFor(need, market, 'it');
    const en = adviceFor(need, market, 'en');
    expect(it.length).toBeGreaterThanOrEqual(2);
    expect(new Set(it.map((item) => item.guide)).size).toBe(it.length);
    expect(en.map((item) => item.guide)).toEqual(it.map((item) => item.guide));
    it.forEach((item, index) => {
      expect(item.reason.length).toBeGreaterThan(20);
      expect(en[index]!.reason).not.toBe(item.reason);
    });
  });

  it('points at the market-specific guide first where there is one', () => {
    expect(adviceFor('invention', 'italy', 'en')[0]!.guide).toBe('patents-italy');
    expect(adviceFor('invention', 'switzerland', 'en')[0]!.guide).toBe('patents-switzerland');
    expect(adviceFor('invention', 'worldwide', 'en').map((item) => item.guide)).toContain('pct-international-route');
    expect(adviceFor('invention', 'italy', 'en').map((item) => item.guide)).not.toContain('pct-international-route');
  });

  it('names only guides that exist in content/ip-guides/', () => {
    const existing = readGuideSlugs(path.resolve('content'));
    expect(guidesNamedByTheHelper().filter((slug) => !existing.includes(slug))).toEqual([]);
  });

  it('types no figure and names only facts that exist in content/facts/', () => {
    const { facts } = readFacts(path.resolve('content'));
    const texts = decisionTexts();
    expect(texts.length).toBeGreaterThan(40);
    expect(
      texts.flatMap((text) => findTypedFigures(text.replace(/\{fact:[^}]+\}/g, ' ')).map((figure) => figure.text)),
    ).toEqual([]);
    const named = texts.flatMap(factIdsIn);
    expect(named.length).toBeGreaterThan(5);
    expect(named.filter((id) => !facts.has(id))).toEqual([]);
  });
});
