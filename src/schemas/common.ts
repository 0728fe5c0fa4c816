/**
 * Building blocks shared by every content schema. Pure zod: no Astro imports, so the same
 * rules run in the Astro build, in scripts and in unit tests.
 */
import { z } from 'zod';
import { closestMatch } from './closest-match.ts';

/** How a wrong value is quoted back to the editor: short, and never "[object Object]". */
function describeInput(input: unknown): string {
  if (typeof input === 'string') return `"${input.length > 60 ? `${input.slice(0, 57)}…` : input}"`;
  if (Array.isArray(input)) return 'a list';
  if (input instanceof Date) return input.toISOString().slice(0, 10);
  if (input === null) return 'an empty value';
  if (typeof input === 'object') return 'a group of fields';
  return String(input);
}

/**
 * Error for a value of the wrong kind: says what was expected and what was found. When the
 * field is absent altogether, editors are told it is missing rather than that "undefined" is wrong.
 */
export function expected(message: string) {
  return (issue: { input?: unknown }) =>
    issue.input === undefined
      ? `is required but missing (${message})`
      : `${message} — got ${describeInput(issue.input)}`;
}

/**
 * An object that refuses unknown fields, naming the allowed ones. `missing` replaces the generic
 * message when the whole group is absent, to say what it is for.
 */
export function strictObject<Shape extends z.ZodRawShape>(shape: Shape, options: { missing?: string } = {}) {
  const allowed = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code === 'invalid_type') {
        if (issue.input === undefined && options.missing) return `is required but missing: ${options.missing}`;
        return expected('expected a group of fields')(issue);
      }
      if (issue.code !== 'unrecognized_keys') return undefined;
      const keys = issue.keys.map((key) => `"${key}"`).join(', ');
      const hints = issue.keys
        .map((key) => closestMatch(key, Object.keys(shape)))
        .filter((hint): hint is string => hint !== undefined);
      const hint = hints.length > 0 ? ` (did you mean ${hints.map((h) => `"${h}"`).join(', ')}?)` : '';
      return `unknown field ${keys}${hint}; allowed fields here: ${allowed}`;
    },
  });
}

export const nonEmptyText = z
  .string({ error: expected('expected text') })
  .trim()
  .min(1, { error: 'must not be empty' });

/** Text in both site languages; at least one is needed, the page says when the other is missing. */
export const localizedText = strictObject({
  it: nonEmptyText.optional().describe('Italian text'),
  en: nonEmptyText.optional().describe('English text'),
}).refine((text) => text.it !== undefined || text.en !== undefined, {
  error: 'needs the text in at least one language: add "it:" and, if you can, "en:"',
});

const ONE_DAY_MS = 24 * 60 * 60 * 1000;

/** A calendar date, YYYY-MM-DD. YAML front matter may hand us a Date already; plain YAML a string. */
const DATE_FORMAT = 'expected a date written as YYYY-MM-DD, e.g. 2026-03-31';
export const calendarDate = z
  .union([z.date({ error: expected(DATE_FORMAT) }), z.iso.date({ error: expected(DATE_FORMAT) })], {
    error: expected(DATE_FORMAT),
  })
  .transform((value) => (typeof value === 'string' ? new Date(`${value}T00:00:00Z`) : value));

/** A date that has already happened (review and publication dates). */
export const pastDate = calendarDate.refine((date) => date.getTime() <= Date.now() + ONE_DAY_MS, {
  error: 'must not be in the future',
});

export const httpsUrl = z.url({
  protocol: /^https$/,
  error: expected('expected a full web address starting with https://, e.g. https://www.example.org/page'),
});

export const email = z.email({ error: expected('expected an e-mail address such as info@example.org') });

export const countryCode = z.enum(['IT', 'CH'], {
  error: expected('expected IT (Italy) or CH (Switzerland)'),
});

export const languageCode = z.enum(['it', 'en', 'de', 'fr'], {
  error: expected('expected a language code: it, en, de or fr'),
});

const sourceShape = {
  title: nonEmptyText.describe('What the source is, e.g. "IPI – Patent protection at a glance"'),
  url: httpsUrl.describe('Web address of the source (https only)'),
};

export const source = strictObject(sourceShape);

const sourceList = z.array(source, { error: expected('expected a list of sources, each with "title" and "url"') });

export const sources = sourceList.min(1, { error: 'needs at least one source, so readers can check the facts' });

/** Sources for entries that may be fictional examples: required unless `example: true`. */
export const sourcesUnlessExample = sourceList.default([]);

/** Object-level rule that pairs with sourcesUnlessExample. */
export function requireSourcesUnlessExample(entry: { example: boolean; sources: unknown[] }, ctx: z.RefinementCtx) {
  if (!entry.example && entry.sources.length === 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['sources'],
      message:
        'needs at least one source, so readers can check the facts (only fictional examples with "example: true" may have none)',
    });
  }
}

export const reviewed = strictObject({
  date: pastDate.describe('When an editor last checked every fact of this entry (YYYY-MM-DD)'),
  by: nonEmptyText.describe('Who checked it: a person or an office, e.g. "Editorial team, CCIAA Como-Lecco"'),
});

/** `example: true` marks a fictional entry written to show the format; the site labels it as such. */
export function exampleFlag(description: string) {
  return z
    .boolean({ error: expected('expected true or false') })
    .default(false)
    .describe(description);
}

/**
 * An entry that may be a fictional example (with an `exampleFlag` among its fields): its own
 * fields, then the last editorial check and the sources, which only an example may leave out.
 */
export function mayBeExample<Shape extends z.ZodRawShape & { example: ReturnType<typeof exampleFlag> }>(shape: Shape) {
  // TypeScript cannot see through the output type of a generic shape: the cast below is what the
  // constraint on Shape and the `sources` field guarantee.
  return strictObject({
    ...shape,
    reviewed: reviewed.describe('Last editorial check'),
    sources: sourcesUnlessExample.describe('Where the facts come from (fictional examples may have none)'),
  }).superRefine((entry, ctx) => requireSourcesUnlessExample(entry as { example: boolean; sources: unknown[] }, ctx));
}

/** One value from a fixed list; the message names every allowed value. */
export function oneOf<const Values extends readonly [string, ...string[]]>(values: Values) {
  return z.enum(values, { error: expected(`expected one of ${values.join(', ')}`) });
}

export const publicContact = strictObject({
  email: email.optional().describe('Public e-mail address the organisation publishes for enquiries'),
  phone: z
    .string()
    .regex(/^\+\d[\d ]{6,18}$/, { error: 'expected an international phone number such as +41 58 666 60 00' })
    .optional()
    .describe('Public phone number in international format'),
  url: httpsUrl.optional().describe('Contact page or form on the organisation’s own site'),
  unit: localizedText
    .optional()
    .describe('Who answers, when not the whole organisation, e.g. the technology-transfer office'),
  source: strictObject(sourceShape, {
    missing:
      'the page of the organisation itself where this contact is published, with "title:" and "url:" (not a directory or a news article)',
  }).describe('The page of the organisation where this contact is published'),
}).refine((contact) => contact.email !== undefined || contact.phone !== undefined || contact.url !== undefined, {
  error: 'needs at least one way to get in touch: email, phone or url',
});

export type PublicContact = z.infer<typeof publicContact>;

/** Lower-case words joined by hyphens: the form of every id used in URLs. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An id used in URLs, see SLUG_PATTERN. */
export const slug = z.string().regex(SLUG_PATTERN, {
  error: 'expected lower-case letters, digits and hyphens only, e.g. "textile-finishing"',
});

/** Technology readiness level, 1 (basic principles) to 9 (proven in operation). */
export const trlLevel = z
  .number({ error: 'expected a whole number from 1 to 9' })
  .int({ error: expected('expected a whole number from 1 to 9') })
  .min(1, { error: 'TRL starts at 1' })
  .max(9, { error: 'TRL ends at 9' });
