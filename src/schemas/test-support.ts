/** Shared by the schema tests: a small vocabulary and a helper that lists issues as "path: message". */
import type { z } from 'zod';
import { fieldPath } from './format-issues.ts';
import type { Vocabulary } from './taxonomy.ts';

export const vocabulary: Vocabulary = {
  sectors: ['textiles', 'mechatronics', 'life-sciences'],
  expertiseAreas: ['textile-processes', 'water-resource-efficiency', 'robotics-automation'],
  fundingInstruments: ['interreg-it-ch', 'self-funded'],
  regions: ['lecco', 'ticino'],
  ipTopics: ['patents', 'trademarks'],
  regionCountry: { lecco: 'IT', ticino: 'CH' },
};

export const reviewed = { date: '2026-01-15', by: 'Editorial team' };
export const source = { title: 'Official page', url: 'https://www.example.org/page' };

/** Every issue of a failed parse as `path: message`, or [] when the input is valid. */
export function issuesOf(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${fieldPath(issue.path)}: ${issue.message}`);
}

/** A copy of `base` with `path` set to `value` (or removed when value is undefined). */
export function withField(base: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(base);
  const keys = path.split('.');
  let target: Record<string, unknown> = copy;
  for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>;
  const last = keys.at(-1)!;
  if (value === undefined) delete target[last];
  else target[last] = value;
  return copy;
}
