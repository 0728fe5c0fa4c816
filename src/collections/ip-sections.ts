/**
 * The sections of the IP guides index: one per topic, in the order of
 * content/taxonomies/ip-topics.yaml (what SMEs ask first comes first), except that topics with a
 * single guide which follow one another share a section, so the page is not a row of one-card
 * sections: two such topics are named together, three or more are "other topics".
 */
import type { Locale } from '#i18n/locales.ts';
import type { Term } from './taxonomies.ts';

export interface IpSection<G> {
  /** Unique on the page, for the heading's id. */
  id: string;
  /** The topics' own labels, or undefined for a section of other topics (the page names it). */
  title: Record<Locale, string> | undefined;
  description: Record<Locale, string> | undefined;
  topics: string[];
  guides: G[];
}

export function ipSections<G extends { data: { topic: string } }>(
  topicsInOrder: readonly Term[],
  guides: readonly G[],
): IpSection<G>[] {
  const withGuides = topicsInOrder
    .map((topic) => ({ topic, guides: guides.filter((guide) => guide.data.topic === topic.id) }))
    .filter((group) => group.guides.length > 0);
  const sections: IpSection<G>[] = [];
  let run: typeof withGuides = [];
  const flush = () => {
    if (run.length === 1) {
      sections.push(single(run[0]!));
    } else if (run.length > 1) {
      sections.push({
        id: run.length === 2 ? run.map((group) => group.topic.id).join('-') : 'other-topics',
        title:
          run.length === 2
            ? {
                it: `${run[0]!.topic.label.it} · ${run[1]!.topic.label.it}`,
                en: `${run[0]!.topic.label.en} · ${run[1]!.topic.label.en}`,
              }
            : undefined,
        description: undefined,
        topics: run.map((group) => group.topic.id),
        guides: run.flatMap((group) => group.guides),
      });
    }
    run = [];
  };
  const single = ({ topic, guides: own }: (typeof withGuides)[number]): IpSection<G> => ({
    id: topic.id,
    title: topic.label,
    description: topic.description,
    topics: [topic.id],
    guides: own,
  });
  for (const group of withGuides) {
    if (group.guides.length === 1) {
      run.push(group);
      continue;
    }
    flush();
    sections.push(single(group));
  }
  flush();
  return sections;
}
