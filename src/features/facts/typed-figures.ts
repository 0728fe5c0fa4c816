/**
 * Figures typed by hand into prose: money amounts (CHF 450, 2.500 euro, € 700) and deadlines or
 * terms (6 months, 20 anni, a 12-month period). On the IP pages each of these must come from a
 * fact, so that a change at an office is made in one place; this finds them and names the fact
 * that already holds the same value, if any.
 */
import type { FactData, FactValue } from '#schemas/fact.ts';

export interface TypedFigure {
  /** The figure as written, e.g. "CHF 3,000" or "6 mesi". */
  text: string;
  kind: 'money' | 'duration';
  /** The number read from it: 3000, 6. */
  amount: number;
  currency?: 'CHF' | 'EUR';
  unit?: 'days' | 'months' | 'years';
}

const NUMBER = String.raw`\d{1,3}(?:[.,'’\u00a0 ]\d{3})+|\d+(?:[.,]\d+)?`;
const MONEY_BEFORE = new RegExp(String.raw`(?:\b(CHF|EUR|Fr\.)|(€))\s?(${NUMBER})`, 'g');
const MONEY_AFTER = new RegExp(String.raw`\b(${NUMBER})\s?(?:(CHF|EUR)\b|(€)|(euro|franchi|francs)\b)`, 'gi');
const DURATION = new RegExp(
  String.raw`\b(\d+)(?:\s|-|\u00a0)(days?|giorni|giorno|months?|mesi|mese|years?|anni|anno)\b`,
  'gi',
);

function readNumber(text: string): number {
  // A group separator is followed by exactly three digits; a decimal comma or point by one or two.
  const grouped = /^\d{1,3}(?:[.,'’\u00a0 ]\d{3})+$/.test(text);
  return grouped ? Number(text.replace(/[^\d]/g, '')) : Number(text.replace(',', '.'));
}

function unitOf(word: string): NonNullable<TypedFigure['unit']> {
  const lower = word.toLowerCase();
  if (lower.startsWith('d') || lower.startsWith('g')) return 'days';
  if (lower.startsWith('m')) return 'months';
  return 'years';
}

export function findTypedFigures(text: string): TypedFigure[] {
  const found: { index: number; figure: TypedFigure }[] = [];
  for (const match of text.matchAll(MONEY_BEFORE)) {
    const currency = match[1] === 'EUR' || match[2] === '€' ? 'EUR' : 'CHF';
    found.push({
      index: match.index,
      figure: { text: match[0], kind: 'money', amount: readNumber(match[3]!), currency },
    });
  }
  for (const match of text.matchAll(MONEY_AFTER)) {
    const word = (match[2] ?? match[3] ?? match[4] ?? '').toLowerCase();
    const currency = word === 'chf' || word === 'franchi' || word === 'francs' ? 'CHF' : 'EUR';
    // "CHF 450 CHF" is one figure: skip a match that overlaps one found already.
    if (
      found.some(
        ({ index, figure }) => match.index < index + figure.text.length && index < match.index + match[0].length,
      )
    )
      continue;
    found.push({
      index: match.index,
      figure: { text: match[0], kind: 'money', amount: readNumber(match[1]!), currency },
    });
  }
  for (const match of text.matchAll(DURATION)) {
    found.push({
      index: match.index,
      figure: { text: match[0], kind: 'duration', amount: Number(match[1]), unit: unitOf(match[2]!) },
    });
  }
  return found.sort((a, b) => a.index - b.index).map(({ figure }) => figure);
}

function sameValue(figure: TypedFigure, value: FactValue): boolean {
  if (figure.kind === 'money') {
    if (value.type === 'money') return value.amount === figure.amount && value.currency === figure.currency;
    if (value.type === 'schedule')
      return value.currency === figure.currency && Object.values(value.amounts).includes(figure.amount);
    return false;
  }
  return value.type === 'duration' && value.amount === figure.amount && value.unit === figure.unit;
}

/** Ids of the facts with a regime of the same value, best first (at most three). */
export function factsWithValue(figure: TypedFigure, facts: Iterable<Pick<FactData, 'id' | 'regimes'>>): string[] {
  const ids: string[] = [];
  for (const fact of facts) {
    if (fact.regimes.some((regime) => sameValue(figure, regime.value))) ids.push(fact.id);
  }
  return ids.slice(0, 3);
}

/** The error an editor reads: what was typed, and which fact to use or to create. */
/** Where the figure was typed: MDX prose, a YAML text that takes {fact:…}, or a guide's front matter. */
export type FigurePlace = 'mdx' | 'yaml' | 'front-matter';

export function typedFigureMessage(figure: TypedFigure, candidates: readonly string[], place: FigurePlace): string {
  const use = (id: string) => (place === 'yaml' ? `{fact:${id}}` : `<Fact id="${id}" />`);
  const what = figure.kind === 'money' ? 'an amount' : 'a term or deadline';
  const text = figure.text.replace(/\s+/g, ' ');
  if (place === 'front-matter') {
    return `"${text}" is ${what} typed into the front matter, which cannot show facts: leave the figure out here and give it in the text with ${candidates.length > 0 ? candidates.map(use).join(' or ') : 'a <Fact> (add the fact to content/facts/ first)'}`;
  }
  const fix =
    candidates.length > 0
      ? `write ${candidates.map(use).join(' or ')} instead (the fact${candidates.length > 1 ? 's' : ''} with this value)`
      : `add it as a fact in content/facts/ (with its source and dates) and write ${use('its.id')} instead`;
  return `"${text}" is ${what} typed into the text: figures on the IP pages come from content/facts/, so that a change is made in one place; ${fix}`;
}
