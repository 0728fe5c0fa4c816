/**
 * The facts as the pages see them: read once per build from the "facts" collection, with the
 * build date that chooses each fact's current regime.
 */
import { getCollection } from 'astro:content';
import type { FactData } from '#schemas/fact.ts';
import { closestMatch } from '#schemas/closest-match.ts';
import { buildDate } from './build-date.ts';
import { regimesInView, viewFact, type FactView } from './regime.ts';

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

export interface OpenPoint {
  factId: string;
  /** What is still open, in Italian and English. */
  text: { it: string; en: string };
}

/** The "to be checked" notes of the regimes a page shows for these facts, each once. */
export async function openPointsOf(ids: Iterable<string>): Promise<OpenPoint[]> {
  const points: OpenPoint[] = [];
  for (const id of new Set(ids)) {
    const { view } = await getFactView(id);
    for (const regime of regimesInView(view)) {
      if (regime.toBeChecked && !points.some((point) => point.text.en === regime.toBeChecked!.en)) {
        points.push({ factId: id, text: regime.toBeChecked });
      }
    }
  }
  return points;
}

export interface ComingChange {
  factId: string;
  label: { it: string; en: string };
  on: Date;
}

/** Facts of a page whose value changes within the notice period, soonest first. */
export async function comingChangesOf(ids: Iterable<string>): Promise<ComingChange[]> {
  const changes: ComingChange[] = [];
  for (const id of new Set(ids)) {
    const { fact, view } = await getFactView(id);
    if (view.next?.validFrom) changes.push({ factId: id, label: fact.label, on: view.next.validFrom });
  }
  return changes.sort((a, b) => a.on.getTime() - b.on.getTime());
}
