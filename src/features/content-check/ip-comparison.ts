/**
 * The content check of content/ip-comparison.yaml: the same schema as the build (each row's
 * guide must exist), with the line of every problem.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { formatIssues } from '#schemas/format-issues.ts';
import { ipComparisonSchema } from '#schemas/ip-comparison.ts';
import { readYaml, type YamlSource } from './yaml-source.ts';
import { contentDataFiles } from './content-kinds.ts';
import type { Severity } from './problem.ts';

type Report = (severity: Severity, file: string, line: number | undefined, detail: string) => void;

/** Checks the comparison file; returns its source when it was there and readable as YAML. */
export function checkIpComparison(
  contentDir: string,
  guideSlugs: readonly string[],
  add: Report,
): { file: string; source: YamlSource } | undefined {
  const file = `content/${contentDataFiles.ipComparison}`;
  const absolute = path.join(contentDir, contentDataFiles.ipComparison);
  if (!existsSync(absolute)) {
    add('error', file, undefined, 'is missing: the comparison page of the IP section shows its rows');
    return undefined;
  }
  const source = readYaml(readFileSync(absolute, 'utf8'));
  for (const problem of source.syntaxProblems) add('error', file, problem.line, problem.message);
  if (source.syntaxProblems.length > 0) return undefined;
  const result = ipComparisonSchema({ guideSlugs }).safeParse(source.data);
  if (result.success) return { file, source };
  for (const issue of result.error.issues) {
    const [line] = formatIssues(file, [issue]);
    const at = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
    add('error', file, source.lineOf(at), line!.slice(file.length + 2));
  }
  return { file, source };
}
