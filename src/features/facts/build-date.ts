/**
 * The date a build treats as "today": it chooses which regime of every fact is current. It comes
 * from PMI_BUILD_DATE (YYYY-MM-DD) when set, for tests and previews of a coming change, and
 * otherwise from the clock, so a scheduled daily rebuild switches the site on the day a rule does.
 */
export const BUILD_DATE_VARIABLE = 'PMI_BUILD_DATE';

export function parseBuildDate(value: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new Error(`${BUILD_DATE_VARIABLE} must be a date written as YYYY-MM-DD, e.g. 2027-01-02 — got "${value}"`);
  }
  return new Date(`${value}T00:00:00Z`);
}

// Lecco and Ticino share one time zone: a rule "from 1 January" starts at midnight there.
const localDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Zurich', dateStyle: 'short' });

/** Today in Europe/Zurich as a calendar date (stored as midnight UTC), or PMI_BUILD_DATE's date. */
export function buildDate(env: NodeJS.ProcessEnv = process.env, now: Date = new Date()): Date {
  const value = env[BUILD_DATE_VARIABLE];
  if (value) return parseBuildDate(value);
  return new Date(`${localDay.format(now)}T00:00:00Z`);
}
