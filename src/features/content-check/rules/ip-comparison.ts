import { formatIssues } from '#schemas/format-issues.ts';
import { ipComparisonSchema } from '#schemas/ip-comparison.ts';
import { defineRule } from '../rule.ts';

const messages = {
  missing: () => 'is missing: the comparison page of the IP section shows its rows',
};

export const ipComparison = defineRule({
  id: 'ip-comparison',
  summary: {
    en: '`content/ip-comparison.yaml` is there and valid, and each of its rows points at an IP guide that exists',
    it: '`content/ip-comparison.yaml` esiste ed è valido, e ogni sua riga rimanda a una guida PI che esiste',
  },
  fixtures: ['comparison-unknown-guide', 'comparison-http-source'],
  // Besides a missing file, the comparison's schema (src/schemas/ip-comparison.ts) words the problems.
  messages,
  check({ comparison: { file, source }, idsByKind }, report) {
    if (!source) {
      report('error', file, undefined, messages.missing());
      return;
    }
    if (source.syntaxProblems.length > 0) return;
    const result = ipComparisonSchema({ guideSlugs: [...idsByKind.get('ipGuides')!].sort() }).safeParse(source.data);
    for (const issue of result.error?.issues ?? []) {
      const [text] = formatIssues(file, [issue]);
      const at = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
      report('error', file, source.lineOf(at), text!.slice(file.length + 2));
    }
  },
});
