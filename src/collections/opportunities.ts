/**
 * The funding calls and events as the pages get them: loaded once per build, each with its id
 * and file. The checks that span fields (a deadline before the opening, no official source) run
 * here too, as a second line of defence behind the content check that runs before the build.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { deadlinesBeforeOpening, isOfficialSource } from '#schemas/calls.ts';
import { ContentError } from '#schemas/format-issues.ts';

/** `file` is the entry's path from the project root, e.g. content/calls/x.yaml. */
export type CallRecord = CollectionEntry<'calls'>['data'] & { id: string; file: string };
export type EventRecord = CollectionEntry<'events'>['data'] & { id: string; file: string };

const fileOf = (entry: { id: string; filePath?: string | undefined }) => entry.filePath ?? entry.id;

async function loadOpportunities() {
  const [callEntries, eventEntries] = await Promise.all([getCollection('calls'), getCollection('events')]);
  const calls: CallRecord[] = callEntries
    .map((entry) => ({ ...entry.data, id: entry.id, file: fileOf(entry) }))
    .sort((a, b) => a.id.localeCompare(b.id));
  const events: EventRecord[] = eventEntries
    .map((entry) => ({ ...entry.data, id: entry.id, file: fileOf(entry) }))
    .sort((a, b) => a.id.localeCompare(b.id));

  const problems = calls.flatMap((call) => [
    ...deadlinesBeforeOpening(call).map(
      ([index, message]) => `${call.file}: field "deadlines[${index}].date": ${message}`,
    ),
    ...(call.sources.some((source) => isOfficialSource(source.url, call.funder.website))
      ? []
      : [`${call.file}: field "sources": no official source: add the funder's, the office's or the law's page`]),
  ]);
  if (problems.length > 0) throw new ContentError(problems);
  return { calls, events, callById: new Map(calls.map((call) => [call.id, call])) };
}

export type Opportunities = Awaited<ReturnType<typeof loadOpportunities>>;

let opportunities: Promise<Opportunities> | undefined;

export function getOpportunities(): Promise<Opportunities> {
  opportunities ??= loadOpportunities();
  return opportunities;
}
