/**
 * A funding call an SME of Lecco or Ticino can use: content/calls/<id>.yaml. Its dates are the
 * funder's, in the funder's time zone; an announced edition without dates is `status: expected`,
 * a call open all year is `rolling: true`. Amounts are never typed: `pays` names facts
 * ({fact:<id>}, content/facts/), so a changed amount is edited once.
 */
import { z } from 'zod';
import { calendarDate, expected, httpsUrl, localizedText, oneOf, reviewed, sources, strictObject } from './common.ts';
import { sizeBands } from './company.ts';

/** What a call is about; the calls pages filter by it. */
export const callTopics = ['ip', 'r-and-d', 'technology-transfer', 'cross-border'] as const;
export type CallTopic = (typeof callTopics)[number];

/** Who may apply: companies based in Italy, in Switzerland, or both. */
export const callCountries = ['IT', 'CH', 'both'] as const;
export type CallCountry = (typeof callCountries)[number];

/**
 * The time zones funders of the region state their deadlines in. All three keep Central
 * European Time, so a deadline's day is the same in each; the zone still says whose clock counts.
 */
export const deadlineTimeZones = ['Europe/Rome', 'Europe/Zurich', 'Europe/Brussels'] as const;
export type DeadlineTimeZone = (typeof deadlineTimeZones)[number];

/** "14:00": a time of day as the funder writes it, 24-hour clock. */
export const timeOfDay = z
  .string({ error: expected('expected a time written as HH:MM, e.g. 14:00') })
  .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, { error: expected('expected a time written as HH:MM, e.g. 14:00') });

export const timeZone = oneOf(deadlineTimeZones);

const deadline = strictObject({
  date: calendarDate.describe('Last day to apply, as the funder states it (YYYY-MM-DD)'),
  time: timeOfDay
    .optional()
    .describe('Closing time on that day, when the funder states one (HH:MM, e.g. 14:00); leave out when it does not'),
  timezone: timeZone.describe(
    'The time zone the funder states the deadline in: Europe/Rome, Europe/Zurich or Europe/Brussels',
  ),
  note: localizedText.optional().describe('What this deadline is for, e.g. "second window" (Italian and English)'),
});

export const callEligibility = strictObject({
  countries: oneOf(callCountries).describe(
    'Where an applicant must be based: IT (Italy), CH (Switzerland) or both (either side of the border)',
  ),
  sizes: z
    .array(z.enum(sizeBands, { error: expected('expected micro, small, medium or large') }))
    .min(1, { error: 'needs at least one size: micro, small, medium or large' })
    .describe('Company sizes that may apply (micro <10 staff, small <50, medium <250, large)'),
  crossBorderPartner: z
    .boolean({ error: expected('expected true or false') })
    .describe('true when the project needs a partner on the other side of the Italy–Switzerland border'),
  note: localizedText
    .optional()
    .describe('Who else is needed or excluded, in a sentence, e.g. "a Swiss research partner" (Italian and English)'),
});

/**
 * Public offices whose pages count as official sources for any call: the Swiss Confederation and
 * Canton Ticino, the EU, the Italian State and the Lombardy Region, the autonomous Province of
 * Bolzano (an Interreg Italy–Switzerland partner), and the national IP offices that run the EUIPO
 * SME Fund with it. A page on the funder's own site is always official. Add a host here only after
 * checking that it belongs to a public office.
 */
export const officialHosts = [
  'admin.ch',
  'ti.ch',
  'europa.eu',
  'gov.it',
  'regione.lombardia.it',
  'provincia.bz.it',
  'provinz.bz.it',
  'patentamt.at',
  'dpma.de',
] as const;

const hostOf = (url: string) => {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return undefined;
  }
};

const onHost = (host: string, site: string) => host === site || host.endsWith(`.${site}`);

/** True when `url` is on the funder's site (or a subdomain of it) or on a public office's site. */
export function isOfficialSource(url: string, funderWebsite: string): boolean {
  const host = hostOf(url);
  const funder = hostOf(funderWebsite);
  if (!host) return false;
  return (funder !== undefined && onHost(host, funder)) || officialHosts.some((site) => onHost(host, site));
}

export const callSchema = strictObject({
  programme: localizedText.describe(
    'The programme the call belongs to, as the funder names it, e.g. "Interreg VI-A Italia–Svizzera 2021–2027" (Italian and English)',
  ),
  funder: strictObject({
    name: localizedText.describe('Who pays, e.g. "Innosuisse – Swiss Innovation Agency" (Italian and English)'),
    website: httpsUrl.describe('The funder’s own website (https): its pages count as official sources'),
  }).describe('Who pays and where its website is'),
  title: localizedText.describe('Name of the call, with its edition when it has one (Italian and English)'),
  summary: localizedText.describe('What the call funds, in one or two sentences (Italian and English)'),
  eligibility: callEligibility.describe('Who may apply'),
  pays: localizedText.describe(
    'What it pays, in a sentence; every amount as {fact:<id>} from content/facts/, never typed (Italian and English)',
  ),
  opens: calendarDate
    .optional()
    .describe('First day applications are accepted (YYYY-MM-DD); leave out when the funder gives none'),
  deadlines: z
    .array(deadline, { error: expected('expected a list of deadlines, each with "date" and "timezone"') })
    .min(1, { error: 'needs at least one deadline with "date" and "timezone", or leave the field out' })
    .optional()
    .describe('Each deadline as the funder states it; several for calls with cut-off dates or windows'),
  rolling: z
    .literal(true, { error: expected('expected true, or leave the field out') })
    .optional()
    .describe('true for a call open all year, without a deadline'),
  status: z
    .literal('expected', { error: expected('expected "expected", or leave the field out') })
    .optional()
    .describe('"expected" for a future edition the funder has announced without dates: no dates are shown'),
  topics: z
    .array(oneOf(callTopics))
    .min(1, { error: `needs at least one topic: ${callTopics.join(', ')}` })
    .describe(`What the call is about: ${callTopics.join(', ')}`),
  link: httpsUrl.describe('The funder’s page of the call, where to apply or read the rules (https)'),
  sources: sources.describe(
    'Where the facts come from: at least one official page (the funder, the office or the law), https only',
  ),
  reviewed: reviewed.describe('When an editor last checked the call against its sources'),
}).superRefine((call, ctx) => {
  const kinds = [call.deadlines !== undefined, call.rolling === true, call.status === 'expected'].filter(Boolean);
  if (kinds.length !== 1) {
    ctx.addIssue({
      code: 'custom',
      path: [],
      message:
        kinds.length === 0
          ? 'needs its dates: "deadlines" (one or more), "rolling: true" for a call open all year, or "status: expected" for an announced edition without dates'
          : 'give only one of "deadlines", "rolling: true" and "status: expected": a call has deadlines, is open all year, or is expected',
    });
  }
  if (call.status === 'expected' && call.opens !== undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['opens'],
      message: 'an expected edition has no dates yet: delete "opens" until the funder publishes them',
    });
  }
});

export type CallData = z.output<typeof callSchema>;
export type CallDeadline = NonNullable<CallData['deadlines']>[number];

const day = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Deadlines that fall before the call opens: `[index, message]` per deadline. The content check
 * (rule call-dates) and the build both use it, so they say the same.
 */
export function deadlinesBeforeOpening(call: Pick<CallData, 'opens' | 'deadlines'>): [number, string][] {
  const { opens } = call;
  if (!opens) return [];
  return (call.deadlines ?? []).flatMap((deadline, index): [number, string][] =>
    deadline.date < opens
      ? [
          [
            index,
            `the deadline ${day(deadline.date)} is before "opens" (${day(opens)}): a call closes after it opens; check both dates against the call`,
          ],
        ]
      : [],
  );
}
