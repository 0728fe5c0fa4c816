/**
 * The IP decision helper: content/ip-decision.yaml. What the visitor wants to protect (a need),
 * where they sell or produce (a market), and for each need the advice in reading order: a guide
 * of content/ip-guides/, the one-line reason to read it, the markets it applies to, and the
 * sources and review date of that reason.
 */
import { z } from 'zod';
import { closestMatch } from './closest-match.ts';
import { expected, nonEmptyText, reviewed, sources, strictObject } from './common.ts';

/** The answers to "what do you want to protect?", in the order the helper offers them. */
export const protectionNeeds = ['invention', 'improvement', 'brand', 'look', 'know-how', 'software'] as const;
export type ProtectionNeed = (typeof protectionNeeds)[number];

/** The answers to "where do you sell or produce?", in the order the helper offers them. */
export const markets = ['italy', 'switzerland', 'eu', 'worldwide'] as const;
export type Market = (typeof markets)[number];

/** How many guides every result page offers at least: one alone is not a choice. */
export const MIN_GUIDES_PER_RESULT = 2;

/** Both languages are required: every step of the helper is a page in Italian and one in English. */
function inBothLanguages(what: string) {
  return strictObject({
    it: nonEmptyText.describe('Italian'),
    en: nonEmptyText.describe('English'),
  }).describe(`${what}, in Italian and English`);
}

/** A group with one field for each key, e.g. one per need: a missing key or a typo is an error. */
function oneFieldEach<const Key extends string, Value extends z.ZodType>(keys: readonly Key[], value: Value) {
  return strictObject(Object.fromEntries(keys.map((key) => [key, value])) as Record<Key, Value>);
}

const choice = strictObject({
  label: inBothLanguages('The answer as the visitor reads it, e.g. "An invention"'),
  hint: inBothLanguages('One sentence under the answer that says what it covers'),
});

const market = z.enum(markets, { error: expected(`expected one of the markets: ${markets.join(', ')}`) });

/** A guide slug that must exist in content/ip-guides/; the message suggests the closest one. */
function guideIn(guideSlugs: readonly string[]) {
  return z
    .string({ error: expected('expected the file name of an IP guide, without .mdx') })
    .refine((value) => guideSlugs.includes(value), {
      error: (issue) => {
        const hint = closestMatch(String(issue.input), guideSlugs);
        return `no IP guide "${String(issue.input)}" in content/ip-guides/${hint ? ` (did you mean "${hint}"?)` : ''}`;
      },
    });
}

function adviceSchema(guideSlugs: readonly string[]) {
  return strictObject({
    guide: guideIn(guideSlugs).describe('File name (without .mdx) of the IP guide to read, e.g. "patents-italy"'),
    markets: z
      .array(market, { error: expected('expected a list of markets, e.g. [italy, switzerland]') })
      .min(1, { error: 'needs at least one market; leave the field out when the advice fits every market' })
      .optional()
      .describe('The markets this advice applies to; leave it out when it applies to every market'),
    reason: inBothLanguages(
      'Why this guide, in one line; amounts and terms as {fact:<id>} (content/facts/), never typed',
    ),
    reviewed: reviewed.describe('Last editorial check of the reason against its sources'),
    sources: sources.describe('The official texts the reason relies on, each with a title and an https:// address'),
  });
}

const appliesTo = (advice: { markets?: readonly Market[] | undefined }, where: Market) =>
  advice.markets === undefined || advice.markets.includes(where);

/** The whole file: the labels of every need and market, and the advice for every need. */
export function ipDecisionSchema({ guideSlugs }: { guideSlugs: readonly string[] }) {
  const adviceList = z
    .array(adviceSchema(guideSlugs), { error: expected('expected a list of advice, each starting with "- guide:"') })
    .describe('The guides for this need, in reading order');
  return strictObject({
    needs: oneFieldEach(protectionNeeds, choice).describe(
      'Step 1, "what do you want to protect?": one answer per need',
    ),
    markets: oneFieldEach(markets, choice).describe('Step 2, "where do you sell or produce?": one answer per market'),
    advice: oneFieldEach(protectionNeeds, adviceList).describe('The result: the advice for each need'),
  }).check((ctx) => {
    for (const need of protectionNeeds) {
      const list = ctx.value.advice[need];
      list.forEach((item, index) => {
        // A page shows each guide once: a second advice for the same guide and market never appears.
        const hidden = markets.filter(
          (where) =>
            appliesTo(item, where) &&
            list.slice(0, index).some((earlier) => earlier.guide === item.guide && appliesTo(earlier, where)),
        );
        if (hidden.length === 0) return;
        ctx.issues.push({
          code: 'custom',
          input: item,
          path: ['advice', need, index, item.markets ? 'markets' : 'guide'],
          message: `an earlier advice of "${need}" already leads to "${item.guide}" for ${hidden.join(', ')}: each page shows a guide once, so this one would never appear there; merge the two or give them different markets`,
        });
      });
      for (const where of markets) {
        const count = list.filter((item) => appliesTo(item, where)).length;
        if (count >= MIN_GUIDES_PER_RESULT) continue;
        ctx.issues.push({
          code: 'custom',
          input: list,
          path: ['advice', need],
          message: `leads to ${count === 0 ? 'no guide' : 'only one guide'} for the market "${where}": every result page needs at least ${MIN_GUIDES_PER_RESULT} guides`,
        });
      }
    }
  });
}

export type IpDecision = z.output<ReturnType<typeof ipDecisionSchema>>;
export type ChoiceLabels = IpDecision['needs'][ProtectionNeed];
