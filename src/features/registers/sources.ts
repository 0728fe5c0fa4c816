/** The sources registry, content/directory/sources.yaml, read and checked against its schema. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { registerSourcesSchema, type RegisterSource } from '#schemas/register-row.ts';

export const SOURCES_FILE = 'content/directory/sources.yaml';

export function readRegisterSources(file: string): RegisterSource[] {
  const result = registerSourcesSchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (result.success) return result.data.sources;
  const problems = result.error.issues.map(
    (issue) => `  - ${issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''}${issue.message}`,
  );
  throw new Error(`${file} does not describe the sources as expected:\n${problems.join('\n')}`);
}
