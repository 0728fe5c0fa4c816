import { describe, expect, it } from 'vitest';
import type { ContentCheckResult, InventoryEntry } from './check-content.ts';
import { buildEditorialReport, editorialReportMarkdown } from './editorial-report.ts';

const now = new Date('2026-11-28T10:00:00Z');

function entry(overrides: Partial<InventoryEntry>): InventoryEntry {
  return {
    kind: 'companies',
    id: 'acme',
    file: 'content/companies/acme.yaml',
    title: 'Acme S.r.l.',
    titles: {},
    lang: undefined,
    example: false,
    reviews: [{ file: 'content/companies/acme.yaml', date: new Date('2026-10-01T00:00:00Z'), by: 'Editors' }],
    sources: 1,
    languages: ['it', 'en'],
    missingTexts: {},
    companies: [],
    researchCentres: [],
    toBeChecked: [],
    toBeCheckedByLanguage: {},
    ...overrides,
  };
}

const story = entry({
  kind: 'caseStudies',
  id: 'water',
  file: 'content/case-studies/it/water.mdx',
  title: 'Acqua | meno',
  titles: { it: 'Acqua | meno' },
  lang: 'it',
  languages: ['it'],
  reviews: [{ file: 'content/case-studies/it/water.mdx', date: new Date('2025-11-29T00:00:00Z'), by: 'Redazione' }],
  companies: ['acme'],
  researchCentres: ['supsi'],
});

const result: ContentCheckResult = {
  errors: [],
  warnings: [],
  fileCount: 5,
  drafts: [],
  entries: [
    story,
    entry({}),
    entry({
      id: 'orphan',
      file: 'content/companies/orphan.yaml',
      title: 'Orphan SA',
      example: true,
      sources: 0,
      languages: ['it'],
      missingTexts: { en: ['description', 'offers[0].title'] },
    }),
    entry({ kind: 'researchCentres', id: 'supsi', file: 'content/research-centres/supsi.yaml', title: 'SUPSI' }),
    entry({
      kind: 'ipGuides',
      id: 'unsourced',
      file: 'content/ip-guides/it/unsourced.mdx',
      title: 'Senza fonti',
      sources: 0,
    }),
    entry({
      kind: 'ipGuides',
      id: 'fairs',
      file: 'content/ip-guides/it/fairs.mdx',
      title: 'Fiere',
      lang: 'it',
      toBeChecked: ['Entrata in vigore della riforma'],
      toBeCheckedByLanguage: { it: ['Entrata in vigore della riforma'] },
      reviews: [{ file: 'content/ip-guides/it/fairs.mdx', date: new Date('2025-11-28T00:00:00Z'), by: 'Redazione' }],
    }),
    entry({
      kind: 'pages',
      id: 'contribute',
      file: 'content/pages/it/contribute.mdx',
      title: 'Contribuisci',
      sources: 0,
    }),
  ],
  taxonomies: [
    { file: 'content/taxonomies/sectors.yaml', unused: ['food'] },
    { file: 'content/taxonomies/ip-topics.yaml', unused: [] },
  ],
  facts: [],
  durationMs: 1,
};

describe('editorial report', () => {
  const report = buildEditorialReport(result, now);

  it('lists reviews of 12 months or more, oldest first, with their age', () => {
    expect(report.staleReviews.map((review) => [review.reviewedFile, review.months])).toEqual([
      ['content/ip-guides/it/fairs.mdx', 12],
    ]);
    // The story, reviewed a day later, is not due yet; a day earlier, the guide was not due either.
    expect(buildEditorialReport(result, new Date('2026-11-27T00:00:00Z')).staleReviews).toEqual([]);
  });

  it('lists missing translations: whole versions of stories, single texts of profiles', () => {
    expect(report.missingTranslations.map((item) => [item.id, item.missing, item.fields])).toEqual([
      ['water', 'en', []],
      ['orphan', 'en', ['description', 'offers[0].title']],
    ]);
  });

  it('lists real entries without sources, but not fictional examples or standing pages', () => {
    expect(report.withoutSources.map((item) => item.id)).toEqual(['unsourced']);
  });

  it('lists companies and centres that no success story names', () => {
    expect(report.notInAnyStory.map((item) => item.id)).toEqual(['orphan']);
  });

  it('lists the open points of IP guides and unused vocabulary terms', () => {
    expect(report.openPoints.map((item) => [item.id, item.points])).toEqual([
      ['fairs', ['Entrata in vigore della riforma']],
    ]);
    expect(report.unusedTerms).toEqual([{ file: 'content/taxonomies/sectors.yaml', ids: ['food'] }]);
  });

  it('writes Markdown for a pull request, with edit links and escaped table cells', () => {
    const markdown = editorialReportMarkdown(report, (file) => `https://example.org/edit/${file}`);
    expect(markdown).toContain('## Editorial report, 2026-11-28');
    expect(markdown).toContain('**7 entries:** 1 success story, 2 companies, 1 research centre, 2 IP guides, 1 page.');
    expect(markdown).toContain('### Reviews older than 12 months (1)');
    expect(markdown).toContain(
      '| Fiere | [`content/ip-guides/it/fairs.mdx`](https://example.org/edit/content/ip-guides/it/fairs.mdx) | 2025-11-28 (12 months ago) | Redazione |',
    );
    expect(markdown).toContain('| Acqua \\| meno | English version |');
    expect(markdown).toContain('| Orphan SA _(example)_ | English: `description`, `offers[0].title` |');
    expect(markdown).toContain('### Vocabulary terms no entry uses (1)');
    expect(markdown).not.toContain('⚠️');
  });
});
