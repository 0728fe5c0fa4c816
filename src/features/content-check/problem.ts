/**
 * One problem found in content: which file, which line (when known), and what to do, in the
 * form `content/companies/x.yaml:12: field "sectors[0]": expected one of … — got "textile"`.
 */

export type Severity = 'error' | 'warning';

export interface Problem {
  severity: Severity;
  /** From the project root: content/… */
  file: string;
  line?: number | undefined;
  /** Everything after "file:line: ", e.g. `field "sectors[0]": expected one of …`. */
  detail: string;
  /** The id of the rule that found it (./rules/), when it comes from the content check. */
  rule?: string | undefined;
}

export function formatProblem(problem: Problem): string {
  return `${problem.file}${problem.line ? `:${problem.line}` : ''}: ${problem.detail}`;
}

/** By file, then line, so an editor reads each file top to bottom. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.detail.localeCompare(b.detail),
  );
}

/**
 * The shared checks (src/features/content-check/integrity.ts, the vocabulary loader) speak in lines of text,
 * `file: field "x": …`; this reads one back into its parts so the line can be added.
 */
export function parseProblemText(text: string): { file: string; field: string | undefined; detail: string } {
  const separator = text.indexOf(': ');
  if (separator === -1) return { file: '', field: undefined, detail: text };
  const file = text.slice(0, separator);
  const detail = text.slice(separator + 2);
  const field = /^field "([^"]+)"/.exec(detail)?.[1];
  return { file, field, detail };
}

/** "offers[0].title.it" → ['offers', 0, 'title', 'it'] */
export function parseFieldPath(field: string): (string | number)[] {
  const path: (string | number)[] = [];
  for (const match of field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (match[2] !== undefined) path.push(Number(match[2]));
    else path.push(match[1]!);
  }
  return path;
}

/** GitHub Actions workflow commands: each problem appears next to its line in the pull request. */
export function githubAnnotation(problem: Problem): string {
  const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const properties = [`file=${escapeProperty(problem.file)}`];
  if (problem.line) properties.push(`line=${problem.line}`);
  const title = problem.severity === 'error' ? 'Content error' : 'Content warning';
  properties.push(`title=${escapeProperty(title)}`);
  return `::${problem.severity} ${properties.join(',')}::${escapeData(problem.detail)}`;
}
