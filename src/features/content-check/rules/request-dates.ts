import { postedAfterExpiry } from '#schemas/requests.ts';
import { defineRule } from '../rule.ts';

export const requestDates = defineRule({
  id: 'request-dates',
  summary: {
    en: 'A request or offer expires after it is posted: `posted` is not after `expires`',
    it: 'Una richiesta o un’offerta scade dopo essere stata pubblicata: `posted` non è dopo `expires`',
  },
  fixtures: ['request-posted-after-expiry'],
  // The schema module words the problem (src/schemas/requests.ts), so the build says the same.
  messages: {},
  check({ entries }, report) {
    for (const entry of entries) {
      if (entry.kind !== 'requests') continue;
      const posted = entry.fields['posted'] as Date | undefined;
      const expires = entry.fields['expires'] as Date | undefined;
      if (!posted || !expires) continue;
      const message = postedAfterExpiry({ posted, expires });
      if (message) report('error', entry.file, entry.source?.lineOf(['posted']), `field "posted": ${message}`);
    }
  },
});
