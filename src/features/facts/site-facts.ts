/**
 * The facts as the pages see them: read once per build from the "facts" collection, with the
 * build date that chooses each fact's current regime.
 */
import { getCollection } from 'astro:content';
import type { FactData } from '#schemas/fact.ts';
import { closestMatch } from '../../lib/text/closest-match.ts';
import { buildDate } from './build-date.ts';
import { viewFact, type FactView } from './regime.ts';

let cached: Promise<ReadonlyMap<string, FactData>> | undefined;

/** Every fact by id. Kept for the whole build; `astro dev` reads the collection again on each page. */
export function getFacts(): Promise<ReadonlyMap<string, FactData>> {
  const load = async () =>
    new Map((await getCollection('facts')).map((entry) => [entry.id, entry.data as FactData] as const));
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}

/** The day this build treats as today (PMI_BUILD_DATE, or the clock). */
export const siteDate: Date = buildDate();

export async function getFact(id: string): Promise<FactData> {
  const facts = await getFacts();
  const fact = facts.get(id);
  if (!fact) {
    const hint = closestMatch(id, [...facts.keys()]);
    throw new Error(`no fact "${id}" in content/facts/${hint ? ` (did you mean "${hint}"?)` : ''}`);
  }
  return fact;
}

export async function getFactView(id: string): Promise<{ fact: FactData; view: FactView }> {
  const fact = await getFact(id);
  return { fact, view: viewFact(fact, siteDate) };
}
