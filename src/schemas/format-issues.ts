import type { z } from 'zod';

/** "sectors[0]", "trl.after", "equipment[2].name.it": the way editors see a field in YAML. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    return text === '' ? String(key) : `${text}.${String(key)}`;
  }, '');
}

/** One line per problem: `content/companies/x.yaml: field "sizeBand": expected … — got "huge"`. */
export function formatIssues(file: string, issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => {
    const field = fieldPath(issue.path);
    return field === '' ? `${file}: ${issue.message}` : `${file}: field "${field}": ${issue.message}`;
  });
}

export class ContentError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(
      `${problems.length} content problem${problems.length === 1 ? '' : 's'} found:\n` +
        problems.map((problem) => `  - ${problem}`).join('\n'),
    );
    this.problems = problems;
    this.name = 'ContentError';
  }
}
