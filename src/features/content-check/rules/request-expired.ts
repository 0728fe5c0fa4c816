import { expiredButActive, type RequestStatus } from '#schemas/requests.ts';
import { defineRule } from '../rule.ts';

export const requestExpired = defineRule({
  id: 'request-expired',
  summary: {
    en: 'A request or offer past its `expires` day is not still `status: active`',
    it: 'Una richiesta o un’offerta oltre il giorno di `expires` non è più `status: active`',
  },
  fixtures: ['request-expired-still-active'],
  // An error for editors and pull requests; the build, which hides the request by its date anyway,
  // reports it as a warning so that a nightly rebuild keeps publishing (see checkContent).
  // The schema module words the problem (src/schemas/requests.ts).
  messages: {},
  check({ entries, now, lapsedAsWarnings }, report) {
    for (const entry of entries) {
      if (entry.kind !== 'requests') continue;
      const status = entry.fields['status'] as RequestStatus | undefined;
      const expires = entry.fields['expires'] as Date | undefined;
      if (!status || !expires) continue;
      const message = expiredButActive({ status, expires }, now);
      if (message)
        report(
          lapsedAsWarnings ? 'warning' : 'error',
          entry.file,
          entry.source?.lineOf(['status']),
          `field "status": ${message}`,
        );
    }
  },
});
