/**
 * A page's "law as of" date when it uses facts: the newest review date among them, since the
 * page states the law as those facts were last checked. Undefined when it uses none.
 */
import type { FactData } from '#schemas/fact.ts';

export function lawAsOfFromFacts(
  ids: Iterable<string>,
  facts: ReadonlyMap<string, Pick<FactData, 'reviewed'>>,
): Date | undefined {
  let newest: Date | undefined;
  for (const id of ids) {
    const reviewed = facts.get(id)?.reviewed.date;
    if (reviewed && (!newest || reviewed > newest)) newest = reviewed;
  }
  return newest;
}
