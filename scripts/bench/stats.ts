/** Median, minimum and maximum of repeated measures. */

export interface Summary {
  median: number;
  min: number;
  max: number;
  /** The raw values, in the order they were measured. */
  samples: number[];
}

/** The middle value; the mean of the two middle ones for an even count. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function summarize(values: readonly number[]): Summary {
  if (values.length === 0) throw new Error('summary of no values');
  if (values.some((value) => !Number.isFinite(value)))
    throw new Error(`not a finite number among ${values.join(', ')}`);
  return { median: median(values), min: Math.min(...values), max: Math.max(...values), samples: [...values] };
}

/** The summary of the values that exist, or undefined when none does (a measure that could not run). */
export function summarizeDefined(values: readonly (number | undefined)[]): Summary | undefined {
  const defined = values.filter((value): value is number => value !== undefined);
  return defined.length === 0 ? undefined : summarize(defined);
}
