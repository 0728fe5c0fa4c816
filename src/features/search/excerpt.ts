/**
 * Which excerpt a result card shows, and which words its links ask the target page to highlight.
 * Pagefind centres an excerpt on the densest matches, and headings weigh more than text, so on a
 * profile it often lands on a run of headings and tags ("Competenze. Processi tessili. Prove e
 * certificazione."). A card reads better with the excerpt, of the page's or of its sections',
 * that is written as sentences and still shows the words found. Pure, for the unit tests.
 */

import { isStopWord } from './query.ts';

/**
 * The words Pagefind marked in an excerpt, in lower case, each once; without the short and stop
 * words a stem can catch ("la" for "lago"), which would light up every line of the page.
 */
export function markedWords(excerpt: string): string[] {
  const found = [...excerpt.matchAll(/<mark>([^<]*)<\/mark>/g)].map((match) =>
    decode(match[1]!)
      .toLowerCase()
      .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''),
  );
  return [...new Set(found.filter((word) => word.length >= 3 && !isStopWord(word)))];
}

function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => {
    const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
    return entities[name] ?? '';
  });
}

/** A fragment of fewer words than this (between full stops) is a heading, a tag or a label. */
const SENTENCE_WORDS = 6;

/**
 * The share of the excerpt's words that stand in sentences rather than in short fragments:
 * 1 for running text, close to 0 for a list of headings.
 */
export function proseShare(excerpt: string): number {
  const plain = decode(excerpt.replace(/<\/?mark>/g, ''));
  const fragments = plain.split(/(?<=[.!?;:])\s+/).map((fragment) => fragment.split(/\s+/).filter(Boolean).length);
  const words = fragments.reduce((sum, count) => sum + count, 0);
  if (words === 0) return 0;
  return fragments.filter((count) => count >= SENTENCE_WORDS).reduce((sum, count) => sum + count, 0) / words;
}

export interface ExcerptCandidate {
  excerpt: string;
}

/**
 * The candidate that best shows the words found in running text: distinct words marked, times
 * the share of prose. None when no candidate marks a word (a listing by filters only): the card
 * then shows the entry's own summary.
 */
export function bestExcerpt<T extends ExcerptCandidate>(candidates: readonly T[]): T | undefined {
  let best: { candidate: T; score: number } | undefined;
  for (const candidate of candidates) {
    const marked = markedWords(candidate.excerpt).length;
    if (marked === 0) continue;
    // A little weight for marks alone, so that among list-like excerpts the one with more words wins.
    const score = marked * (proseShare(candidate.excerpt) + 0.1);
    if (!best || score > best.score) best = { candidate, score };
  }
  return best?.candidate;
}

/** Below this share of prose an excerpt is a list of labels: the entry's summary reads better. */
const PROSE_ENOUGH = 0.5;

export type CardText = { excerpt: string } | { summary: string; found: string[] };

/**
 * What the card says under its title: the best excerpt when it is running text; otherwise the
 * entry's summary, with the words found named apart (they stand in its labels or tags).
 */
export function cardText(candidates: readonly ExcerptCandidate[], summary: string | undefined): CardText {
  const best = bestExcerpt(candidates);
  if (best && (proseShare(best.excerpt) >= PROSE_ENOUGH || !summary)) return { excerpt: best.excerpt };
  if (!summary) return { excerpt: candidates[0]?.excerpt ?? '' };
  return { summary, found: [...new Set(candidates.flatMap((candidate) => markedWords(candidate.excerpt)))] };
}

/** The query parameter whose values the target page highlights (Pagefind's highlight script reads it). */
export const HIGHLIGHT_PARAM = 'highlight';

/**
 * The address with the words to highlight: "/it/ip/designs/#grace" and ["fiera"] give
 * "/it/ip/designs/?highlight=fiera#grace". Addresses with a query of their own keep it.
 */
export function withHighlight(url: string, words: readonly string[]): string {
  if (words.length === 0) return url;
  const [beforeHash, hash] = url.split('#', 2) as [string, string | undefined];
  const params = new URLSearchParams(beforeHash.includes('?') ? beforeHash.slice(beforeHash.indexOf('?')) : '');
  for (const word of words) params.append(HIGHLIGHT_PARAM, word);
  const path = beforeHash.includes('?') ? beforeHash.slice(0, beforeHash.indexOf('?')) : beforeHash;
  return `${path}?${params.toString()}${hash === undefined ? '' : `#${hash}`}`;
}
