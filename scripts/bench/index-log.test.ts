import { describe, expect, it } from 'vitest';
import { searchIndexSummary } from '#features/search/index.ts';
import { rebuiltBundles, reusedBundles } from './index-log.ts';

describe("the index step's log, as the bench reads it", () => {
  it('names the bundles reused and, for those built again, their time and the files written', () => {
    const line = searchIndexSummary({
      hubPages: 442,
      directoryCompanies: 60446,
      directoryRecords: 7991,
      reused: ['pagefind'],
      rebuilt: [{ name: 'pagefind-directory', ms: 6912.4, written: 52, files: 8101 }],
    });
    expect(reusedBundles(`Offline: …\n${line}\n`)).toEqual(['pagefind']);
    expect(rebuiltBundles(line)).toEqual([{ name: 'pagefind-directory', seconds: 6.91, written: 52, files: 8101 }]);
  });

  it('reads several rebuilt bundles and none', () => {
    const line = searchIndexSummary({
      hubPages: 2,
      directoryCompanies: 3,
      directoryRecords: 1,
      reused: [],
      rebuilt: [
        { name: 'pagefind', ms: 1000, written: 300, files: 300 },
        { name: 'pagefind-directory', ms: 2500, written: 10, files: 20 },
      ],
    });
    expect(reusedBundles(line)).toEqual([]);
    expect(rebuiltBundles(line).map(({ name, written }) => [name, written])).toEqual([
      ['pagefind', 300],
      ['pagefind-directory', 10],
    ]);
    expect(rebuiltBundles('Search index: 2 hub pages')).toEqual([]);
  });
});
