/**
 * Facts inside short texts kept in YAML or code (comparison cells, decision-helper reasons):
 * "Dal 4° anno: {fact:ch.patent.renewal}." The text is split into plain parts and fact ids, so a
 * page renders each fact with its value of the day and its source link.
 */
export type TextPart = { text: string } | { factId: string };

const FACT_TOKEN = /\{fact:([^}\s]+)\}/g;

export function splitFactText(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(FACT_TOKEN)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index) });
    parts.push({ factId: match[1]! });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}

/** The fact ids a text names, in order. */
export function factIdsIn(text: string): string[] {
  return [...text.matchAll(FACT_TOKEN)].map((match) => match[1]!);
}

/** The text with its fact tokens taken out: what the typed-figure rule reads. */
export function withoutFactTokens(text: string): string {
  return text.replace(FACT_TOKEN, ' ');
}

const MDX_FACT = /<(?:Fact|FeeSchedule)\s+id="([^"]+)"/g;

/** The fact ids an MDX text names with <Fact id="…" /> or <FeeSchedule id="…" />. */
export function factIdsInMdx(body: string): string[] {
  return [...body.matchAll(MDX_FACT)].map((match) => match[1]!);
}
