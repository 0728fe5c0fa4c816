import { STALE_AFTER_MONTHS } from '../editorial-report.ts';
import { defineRule } from '../rule.ts';

function monthsBefore(date: Date, months: number): Date {
  const copy = new Date(date);
  copy.setUTCMonth(copy.getUTCMonth() - months);
  return copy;
}

const messages = {
  stale: (date: Date) =>
    `field "reviewed.date": last reviewed on ${date.toISOString().slice(0, 10)}, more than ${STALE_AFTER_MONTHS} months ago: check the facts and sources, then set today's date`,
};

export const staleReviews = defineRule({
  id: 'stale-reviews',
  summary: {
    en: `A warning for each entry last reviewed more than ${STALE_AFTER_MONTHS} months ago`,
    it: `Un avviso per ogni scheda rivista l'ultima volta più di ${STALE_AFTER_MONTHS} mesi fa`,
  },
  fixtures: ['company-review-long-ago'],
  messages,
  check({ entries, now }, report) {
    const staleBefore = monthsBefore(now, STALE_AFTER_MONTHS);
    for (const entry of entries) {
      const reviewed = entry.fields['reviewed'] as { date: Date } | undefined;
      if (!reviewed || reviewed.date >= staleBefore) continue;
      report('warning', entry.file, entry.source?.lineOf(['reviewed', 'date']), messages.stale(reviewed.date));
    }
  },
});
