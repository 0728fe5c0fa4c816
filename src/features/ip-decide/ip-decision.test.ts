import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readGuideSlugs } from '#features/content-check/guide-slugs.ts';
import { locales } from '#i18n/locales.ts';
import { findTypedFigures, factIdsIn, readFacts } from '#features/facts/index.ts';
import {
  adviceFor,
  decisionResult,
  decisionTextsOf,
  guidesNamedByTheHelper,
  ipDecisionProblems,
  marketLabels,
  markets,
  needLabels,
  protectionNeeds,
  readIpDecision,
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
    const texts = decisionTextsOf(readIpDecision(path.resolve('content')));
    expect(texts.length).toBeGreaterThan(40);
    expect(
      texts.flatMap((text) => findTypedFigures(text.replace(/\{fact:[^}]+\}/g, ' ')).map((figure) => figure.text)),
    ).toEqual([]);
    const named = texts.flatMap(factIdsIn);
    expect(named.length).toBeGreaterThan(5);
    expect(named.filter((id) => !facts.has(id))).toEqual([]);
  });
});

describe('reading content/ip-decision.yaml', () => {
  const site = readFileSync(path.resolve('content/ip-decision.yaml'), 'utf8');
  const folder = mkdtempSync(path.join(tmpdir(), 'ip-decision-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  const guides = readGuideSlugs(path.resolve('content'));
  const problemsOf = (text: string) => {
    writeFileSync(path.join(folder, 'ip-decision.yaml'), text);
    return ipDecisionProblems(folder, guides);
  };

  it('finds no problem in the site’s file, and names the file when it is missing', () => {
    expect(ipDecisionProblems(path.resolve('content'))).toEqual([]);
    expect(ipDecisionProblems(path.join(folder, 'nowhere'), guides)).toEqual([
      {
        file: 'content/ip-decision.yaml',
        message: 'is missing: the IP decision helper (/it/ip/decide/) shows its needs, markets and advice',
      },
    ]);
  });

  it('names the file, the line, the field and what was expected, without throwing', () => {
    const misspelt = site.replace('- guide: patents-switzerland', '- guide: patent-switzerland');
    const line = misspelt.split('\n').findIndex((text) => text.includes('patent-switzerland')) + 1;
    expect(problemsOf(misspelt)).toEqual([
      {
        file: 'content/ip-decision.yaml',
        line,
        message:
          'field "advice.invention[1].guide": no IP guide "patent-switzerland" in content/ip-guides/ (did you mean "patents-switzerland"?)',
      },
    ]);
  });

  it('explains a YAML mistake in plain words, with its line', () => {
    const broken = site.replace("label: { it: 'Italia', en: 'Italy' }", "label: { it: 'Italia, en: 'Italy' }");
    const problems = problemsOf(broken);
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) {
      expect(problem.file).toBe('content/ip-decision.yaml');
      expect(problem.line).toBeGreaterThan(0);
      expect(problem.message).not.toMatch(/\bat .+\.ts:\d+/);
    }
  });

  it('gives the site’s reading the review date and sources of every advice', () => {
    const { decision } = readIpDecision(path.resolve('content'));
    for (const list of Object.values(decision!.advice)) {
      for (const item of list) {
        expect(item.sources.length).toBeGreaterThan(0);
        expect(item.reviewed.date.getTime()).toBeLessThanOrEqual(Date.now());
      }
    }
  });

  it('gives a result page the oldest review of its advice and each source once', () => {
    const result = decisionResult('invention', 'italy', 'en');
    expect(result.needLabel).toBe('An invention');
    expect(result.marketLabel).toBe('Italy');
    expect(result.file).toBe('content/ip-decision.yaml');
    const oldest = Math.min(...result.advice.map((item) => item.reviewed.date.getTime()));
    expect(result.reviewed.date.getTime()).toBe(oldest);
    const urls = result.advice.flatMap((item) => item.sources.map((source) => source.url));
    expect(result.sources.map((source) => source.url)).toEqual([...new Set(urls)]);
  });
});
