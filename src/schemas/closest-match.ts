/** Edit distance between two strings (Levenshtein, case-insensitive). */
export function editDistance(a: string, b: string): number {
  const left = a.toLowerCase();
  const right = b.toLowerCase();
  let previous = Array.from({ length: right.length + 1 }, (_, i) => i);
  for (let i = 1; i <= left.length; i++) {
    const current = [i];
    for (let j = 1; j <= right.length; j++) {
      const substitution = previous[j - 1]! + (left[i - 1] === right[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[right.length]!;
}

/**
 * The allowed value an editor most likely meant, or undefined when nothing is close.
 * "Close" is a prefix match or an edit distance of at most a third of the word, so
 * "textile" suggests "textiles" but "food" suggests nothing from an unrelated list.
 */
export function closestMatch(input: string, allowed: readonly string[]): string | undefined {
  const needle = input.trim().toLowerCase();
  if (needle === '') return undefined;
  let best: { value: string; distance: number } | undefined;
  for (const value of allowed) {
    const candidate = value.toLowerCase();
    const distance =
      candidate.startsWith(needle) || needle.startsWith(candidate) ? 0.5 : editDistance(needle, candidate);
    if (!best || distance < best.distance) best = { value, distance };
  }
  if (!best) return undefined;
  return best.distance <= Math.max(1, Math.floor(needle.length / 3)) ? best.value : undefined;
}
