/**
 * What the index step (scripts/index-site.ts) says about the search bundles, read from its log:
 * the summary line of src/features/search/site-search.ts (searchIndexSummary).
 */

export interface RebuiltBundle {
  name: string;
  seconds: number;
  /** Files written (new or changed), of the bundle's `files`. */
  written: number;
  files: number;
}

/** The bundles copied from the last build: "(unchanged, reused: pagefind, pagefind-directory)". */
export function reusedBundles(indexLog: string): string[] {
  return /\(unchanged, reused: ([^)]+)\)/.exec(indexLog)?.[1]?.split(', ') ?? [];
}

/** The bundles built again: "(rebuilt: pagefind-directory in 6.91 s, 52 of 8101 files written)". */
export function rebuiltBundles(indexLog: string): RebuiltBundle[] {
  const list = /\(rebuilt: ([^)]+)\)/.exec(indexLog)?.[1];
  if (!list) return [];
  return list.split('; ').map((entry) => {
    const match = /^(\S+) in ([\d.]+) s, (\d+) of (\d+) files written$/.exec(entry);
    if (!match) throw new Error(`The index step's summary has a rebuilt bundle the bench cannot read: "${entry}"`);
    return { name: match[1]!, seconds: Number(match[2]), written: Number(match[3]), files: Number(match[4]) };
  });
}
