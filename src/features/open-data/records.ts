/**
 * Turns validated entries into plain published records: dates as YYYY-MM-DD, relations as the
 * id of the entry they point at, built images as their URL.
 */

type Plain = string | number | boolean | null | Plain[] | { [key: string]: Plain };

function isReference(value: object): value is { id: string; collection: string } {
  const keys = Object.keys(value);
  return keys.length === 2 && typeof (value as { id?: unknown }).id === 'string' && 'collection' in value;
}

function isBuiltImage(value: object): value is { src: string } {
  return typeof (value as { src?: unknown }).src === 'string' && 'width' in value && 'format' in value;
}

export function toPublished(value: unknown): Plain | undefined {
  if (value === undefined) return undefined;
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value;
  }
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map((item) => toPublished(item) ?? null);
  if (typeof value === 'object') {
    if (isReference(value)) return value.id;
    if (isBuiltImage(value)) return value.src;
    const entries = Object.entries(value)
      .map(([key, item]) => [key, toPublished(item)] as const)
      .filter((entry): entry is readonly [string, Plain] => entry[1] !== undefined);
    return Object.fromEntries(entries);
  }
  throw new Error(`Cannot publish a value of type ${typeof value}`);
}

/** A published record: the fields the site adds, then the entry's own fields. */
export function publishRecord(added: Record<string, unknown>, data: Record<string, unknown>): Record<string, Plain> {
  return toPublished({ ...added, ...data }) as Record<string, Plain>;
}
