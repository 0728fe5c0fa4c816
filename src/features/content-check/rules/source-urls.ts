import { fieldPath } from '#schemas/format-issues.ts';
import { sourceUrlProblem } from '../source-urls.ts';
import { defineRule } from '../rule.ts';
import type { YamlSource } from '../yaml-source.ts';

const messages = {
  badAddress: (field: string, url: string, problem: string) =>
    `field "${field}": the source address "${url}" ${problem}`,
};

export const sourceUrls = defineRule({
  id: 'source-urls',
  summary: {
    en: 'Every source address is complete and public: not cut off, not a test copy of a site, no unencoded characters',
    it: 'Ogni indirizzo di una fonte è completo e pubblico: non tagliato, non una copia di prova del sito, senza caratteri non codificati',
  },
  fixtures: ['source-non-ascii', 'source-staging-host', 'source-truncated-url'],
  // What is wrong with an address is worded by ../source-urls.ts.
  messages,
  check({ entries, comparison, ipDecision, facts }, report) {
    const files: { file: string; source: YamlSource | undefined }[] = [
      ...entries,
      ...(comparison.source?.syntaxProblems.length === 0 ? [comparison] : []),
      ...(ipDecision.source?.syntaxProblems.length === 0
        ? [{ file: 'content/ip-decision.yaml', source: ipDecision.source }]
        : []),
      ...[...facts.reading.sources].map(([file, source]) => ({ file, source })),
    ];
    for (const { file, source } of files) {
      // Every `url` of a source: the "source:" of a comparison cell or an item of "sources:".
      for (const scalar of source?.scalars() ?? []) {
        if (scalar.path.at(-1) !== 'url' || !scalar.path.some((key) => key === 'source' || key === 'sources')) continue;
        const problem = sourceUrlProblem(scalar.value);
        if (problem)
          report('error', file, scalar.line, messages.badAddress(fieldPath(scalar.path), scalar.value, problem));
      }
    }
  },
});
