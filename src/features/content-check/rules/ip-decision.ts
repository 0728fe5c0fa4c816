import { defineRule } from '../rule.ts';

export const ipDecision = defineRule({
  id: 'ip-decision',
  summary: {
    en: '`content/ip-decision.yaml` is there and valid: every need and market in both languages, each advice on an IP guide that exists, at least two guides per result',
    it: '`content/ip-decision.yaml` esiste ed è valido: ogni bisogno e mercato nelle due lingue, ogni consiglio su una guida PI che esiste, almeno due guide per risultato',
  },
  fixtures: ['ip-decision-unknown-guide', 'ip-decision-missing-translation'],
  // The helper's reader and schema (src/features/ip-decide/, src/schemas/ip-decision.ts) word the
  // problems, so the build and the check say the same.
  messages: {},
  check({ ipDecision }, report) {
    for (const { file, line, message } of ipDecision.problems) report('error', file, line, message);
  },
});
