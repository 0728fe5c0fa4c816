/**
 * A fact: one fee, term, amount or date that the IP guides, the comparison and the decision helper
 * state, written once in content/facts/<jurisdiction>-<topic>.yaml. A fact holds one or more
 * regimes, each valid from a date (and until a date), so a fee that changes on 1 January 2027 is
 * one fact with two regimes, and the build date chooses which one the pages show as current.
 */
import { z } from 'zod';
import { calendarDate, expected, nonEmptyText, reviewed, source, strictObject } from './common.ts';

export const currencies = ['CHF', 'EUR'] as const;
export type Currency = (typeof currencies)[number];

export const durationUnits = ['days', 'months', 'years'] as const;
export type DurationUnit = (typeof durationUnits)[number];

/** "ch.patent.renewal", "it.art65.deadline": jurisdiction, then topic words, dot-separated. */
export const FACT_ID_PATTERN = /^(?:it|ch|eu|int)(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)+$/;

export const factId = z
  .string({ error: expected('expected a fact id such as "ch.patent.renewal"') })
  .regex(FACT_ID_PATTERN, {
    error: expected(
      'expected a fact id: it, ch, eu or int, then lower-case words separated by dots, e.g. "ch.patent.renewal"',
    ),
  });

const bothLanguages = (what: string) =>
  strictObject({
    it: nonEmptyText.describe(`${what}, in Italian`),
    en: nonEmptyText.describe(`${what}, in English`),
  });

const currency = z.enum(currencies, { error: expected('expected a currency code: CHF or EUR') });
const amount = z
  .number({ error: expected('expected an amount as a plain number, e.g. 450 (no currency sign, no separators)') })
  .nonnegative({ error: 'an amount cannot be negative' });

const money = strictObject({
  type: z.literal('money'),
  amount: amount.describe('The amount, as a plain number: 2500, not "2,500" or "2.500"'),
  currency: currency.describe('CHF or EUR'),
});

const percent = strictObject({
  type: z.literal('percent'),
  value: z
    .number({ error: expected('expected a percentage as a plain number, e.g. 90 for 90%') })
    .min(0)
    .max(1000)
    .describe('The percentage, e.g. 90 for 90%'),
});

const duration = strictObject({
  type: z.literal('duration'),
  amount: z
    .number({ error: expected('expected a whole number, e.g. 6') })
    .int({ error: 'expected a whole number, e.g. 6' })
    .positive({ error: 'a duration must be at least 1' })
    .describe('How many days, months or years'),
  unit: z.enum(durationUnits, { error: expected('expected days, months or years') }).describe('days, months or years'),
});

const date = strictObject({
  type: z.literal('date'),
  date: calendarDate.describe('The date, YYYY-MM-DD'),
});

const count = strictObject({
  type: z.literal('count'),
  value: z
    .number({ error: expected('expected a whole number') })
    .int({ error: 'expected a whole number' })
    .nonnegative()
    .describe('The number, e.g. 50 designs or 15 claims'),
});

/** Year of protection → amount; every year from the first to the last needs an amount. */
const schedule = strictObject({
  type: z.literal('schedule'),
  currency: currency.describe('CHF or EUR'),
  amounts: z
    .record(z.string().regex(/^[1-9][0-9]?$/, { error: 'each key is a year of protection, e.g. 4: 100' }), amount, {
      error: expected('expected one line per year, "year: amount", e.g. 4: 100'),
    })
    .describe('One line per year of protection: "4: 100" means CHF 100 for the 4th year')
    .superRefine((amounts, ctx) => {
      const years = Object.keys(amounts)
        .map(Number)
        .sort((a, b) => a - b);
      if (years.length === 0) {
        ctx.addIssue({ code: 'custom', message: 'the schedule has no years: add one line per year, e.g. 4: 100' });
        return;
      }
      const first = years[0]!;
      const last = years.at(-1)!;
      for (let year = first; year <= last; year++) {
        if (!years.includes(year)) {
          ctx.addIssue({
            code: 'custom',
            message: `year ${year} is missing: the schedule runs from year ${first} to year ${last}, so every year in between needs an amount`,
          });
        }
      }
    }),
});

const text = strictObject({
  type: z.literal('text'),
  text: bothLanguages('The rule in a few words, as it reads inside a sentence').describe(
    'A short rule, in Italian and English',
  ),
});

const valueTypes = [money, percent, duration, date, count, schedule, text] as const;
const valueTypeNames = 'money, percent, duration, date, count, schedule or text';

export const factValue = z
  .discriminatedUnion('type', valueTypes, {
    error: (issue) => {
      const given = (issue.input as { type?: unknown } | undefined)?.type;
      const wanted = `expected "type:" ${valueTypeNames}`;
      return given === undefined ? `is required but missing (${wanted})` : `${wanted} — got "${String(given)}"`;
    },
  })
  .describe(`The value and its kind: ${valueTypeNames}`);

export type FactValue = z.output<typeof factValue>;

export const factRegime = strictObject({
  validFrom: calendarDate
    .optional()
    .describe(
      'First day this value applies (YYYY-MM-DD); only the oldest regime may leave it out, when its start is not known',
    ),
  validUntil: calendarDate
    .optional()
    .describe('Last day this value applies (YYYY-MM-DD); leave out while it has no known end'),
  value: factValue,
  note: bothLanguages('A short qualifier read after the value, e.g. "up to 3 classes"')
    .optional()
    .describe('Optional qualifier shown after the value, in Italian and English'),
  source: source.describe('The office, the law or the funder that states this value (https)'),
  toBeChecked: bothLanguages('What is still open and why')
    .optional()
    .describe('Only for what is still open (e.g. amounts not yet published): shown to readers as "to be checked"'),
  stillMattersUntil: calendarDate
    .optional()
    .describe('After it ends, show this value as "until <date>" up to this day (default: 90 days after the end)'),
});

export type FactRegime = z.output<typeof factRegime>;

const day = (value: Date) => value.toISOString().slice(0, 10);

export const factSchema = strictObject({
  id: factId.describe('Stable id: jurisdiction.topic.detail, e.g. "ch.patent.renewal"'),
  label: bothLanguages('What the fact is, e.g. "Swiss patent renewal fees"').describe(
    'Name of the fact, in Italian and English',
  ),
  regimes: z
    .array(factRegime, { error: expected('expected a list of regimes, each with validFrom, value and source') })
    .min(1, { error: 'needs at least one regime: validFrom, value and source' })
    .describe('The successive values of the fact, oldest first'),
  reviewed: reviewed.describe('When an editor last checked every regime against its source'),
  reviewBy: calendarDate.describe('When the fact must be checked again (YYYY-MM-DD), e.g. before an office’s new year'),
}).superRefine((fact, ctx) => {
  fact.regimes.forEach((regime, index) => {
    if (index > 0 && !regime.validFrom) {
      ctx.addIssue({
        code: 'custom',
        path: ['regimes', index, 'validFrom'],
        message: 'is required: every regime after the first starts on a known day (YYYY-MM-DD)',
      });
      return;
    }
    if (regime.validFrom && regime.validUntil && regime.validUntil < regime.validFrom) {
      ctx.addIssue({
        code: 'custom',
        path: ['regimes', index, 'validUntil'],
        message: `"validUntil" (${day(regime.validUntil)}) is before "validFrom" (${day(regime.validFrom)}): a regime must end after it starts`,
      });
    }
    const previous = fact.regimes[index - 1];
    if (!previous || !regime.validFrom) return;
    if (previous.validFrom && regime.validFrom <= previous.validFrom) {
      ctx.addIssue({
        code: 'custom',
        path: ['regimes', index, 'validFrom'],
        message: `regimes must be listed oldest first: this one starts on ${day(regime.validFrom)}, not after the one above (${day(previous.validFrom)})`,
      });
    } else if (!previous.validUntil || previous.validUntil >= regime.validFrom) {
      ctx.addIssue({
        code: 'custom',
        path: ['regimes', index - 1, 'validUntil'],
        message: `overlaps the next regime, which starts on ${day(regime.validFrom)}: set "validUntil" of this one to the day before (or earlier)`,
      });
    }
  });
  if (fact.reviewBy < fact.reviewed.date) {
    ctx.addIssue({
      code: 'custom',
      path: ['reviewBy'],
      message: `"reviewBy" (${day(fact.reviewBy)}) is before the last review (${day(fact.reviewed.date)}): set the date of the next check`,
    });
  }
});

export type FactData = z.output<typeof factSchema>;

/** A file of facts: a list, one item per fact. */
export const factFileSchema = z
  .array(factSchema, { error: expected('expected a list of facts, each starting with "- id:"') })
  .min(1, { error: 'the file has no facts: add one, starting with "- id:"' });
