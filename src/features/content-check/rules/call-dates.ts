import { deadlinesBeforeOpening, type CallDeadline } from '#schemas/calls.ts';
import { defineRule } from '../rule.ts';

export const callDates = defineRule({
  id: 'call-dates',
  summary: {
    en: 'A funding call closes after it opens: no deadline before `opens`',
    it: 'Un bando chiude dopo che si è aperto: nessuna scadenza prima di `opens`',
  },
  fixtures: ['call-deadline-before-opening'],
  // The schema module words the problem (src/schemas/calls.ts), so the build says the same.
  messages: {},
  check({ entries }, report) {
    for (const entry of entries) {
      if (entry.kind !== 'calls') continue;
      const opens = entry.fields['opens'] as Date | undefined;
      const deadlines = entry.fields['deadlines'] as CallDeadline[] | undefined;
      for (const [index, message] of deadlinesBeforeOpening({ opens, deadlines })) {
        report(
          'error',
          entry.file,
          entry.source?.lineOf(['deadlines', index, 'date']),
          `field "deadlines[${index}].date": ${message}`,
        );
      }
    }
  },
});
