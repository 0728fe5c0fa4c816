import { describe, expect, it } from 'vitest';
import {
  DEFAULT_COMPANIES,
  DEFAULT_HUB_WORD,
  DEFAULT_RECORDS,
  DEFAULT_RELAXED_PHRASE,
  parseBenchArgs,
  parseCount,
  UsageError,
} from './args.ts';

describe('benchmark arguments', () => {
  it('defaults to the real directory size, one run and three browser repetitions', () => {
    const options = parseBenchArgs([]);
    expect(options).toMatchObject({
      companies: DEFAULT_COMPANIES,
      runs: 1,
      browserRuns: 3,
      keep: false,
      json: undefined,
      seed: undefined,
      word: undefined,
      hubWord: DEFAULT_HUB_WORD,
      relaxedPhrase: DEFAULT_RELAXED_PHRASE,
      site: undefined,
    });
    expect(DEFAULT_COMPANIES).toBe(26_475 + 33_971);
  });

  it('reads counts written as plain numbers, with separators or with k', () => {
    expect(parseCount('1000', '--companies')).toBe(1000);
    expect(parseCount('10k', '--companies')).toBe(10_000);
    expect(parseCount('1.5K', '--companies')).toBe(1500);
    expect(parseCount('60,446', '--companies')).toBe(60_446);
    expect(parseCount('60_446', '--companies')).toBe(60_446);
  });

  it('refuses counts that are not positive whole numbers', () => {
    for (const bad of ['', '0', '-5', 'ten', '1.2345k', '10m', '2.5']) {
      expect(() => parseCount(bad, '--companies'), bad).toThrow(UsageError);
    }
    expect(() => parseCount('x', '--runs')).toThrow(/--runs needs a positive whole number/);
  });

  it('runs three times up to 10,000 companies and once above', () => {
    expect(parseBenchArgs(['--companies', '1000']).runs).toBe(3);
    expect(parseBenchArgs(['--companies', '10k']).runs).toBe(3);
    expect(parseBenchArgs(['--companies=60446']).runs).toBe(1);
    expect(parseBenchArgs(['--companies', '60446', '--runs', '2'])).toMatchObject({ runs: 2, browserRuns: 3 });
    expect(parseBenchArgs(['--companies', '1000', '--runs', '5'])).toMatchObject({ runs: 5, browserRuns: 5 });
  });

  it('reads the other options', () => {
    expect(
      parseBenchArgs(['--json', 'out.json', '--keep', '--seed', '42', '--word', 'Meccanica', '--hub-word', 'Energia']),
    ).toMatchObject({ json: 'out.json', keep: true, seed: '42', word: 'meccanica', hubWord: 'energia' });
    expect(parseBenchArgs(['--site', 'dist']).site).toBe('dist');
    expect(parseBenchArgs(['-h']).help).toBe(true);
  });

  it('reads the register import mode: 50,000 records and three runs unless told', () => {
    expect(parseBenchArgs([])).toMatchObject({ registers: false, records: DEFAULT_RECORDS });
    expect(parseBenchArgs(['--registers'])).toMatchObject({ registers: true, records: 50_000, runs: 3 });
    expect(parseBenchArgs(['--registers', '--records', '5k', '--runs', '1'])).toMatchObject({ records: 5000, runs: 1 });
    expect(() => parseBenchArgs(['--records', '5k'])).toThrow(/--records goes with --registers or --imported/);
    expect(parseBenchArgs(['--imported'])).toMatchObject({ imported: true, records: 50_000, runs: 1 });
    expect(parseBenchArgs(['--imported', '--records', '5k'])).toMatchObject({ imported: true, records: 5000 });
    expect(() => parseBenchArgs(['--imported', '--companies', '1000'])).toThrow(
      /goes without --registers, --companies/,
    );
  });

  it('refuses unknown options, positionals and empty values', () => {
    expect(() => parseBenchArgs(['--companys', '10'])).toThrow(UsageError);
    expect(() => parseBenchArgs(['10000'])).toThrow(UsageError);
    expect(() => parseBenchArgs(['--json', ' '])).toThrow(/--json needs a value/);
    expect(() => parseBenchArgs(['--companies'])).toThrow(UsageError);
  });
});
