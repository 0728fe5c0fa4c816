/**
 * Reads every fact file, content/facts/<jurisdiction>-<topic>.yaml, with the line of every
 * problem. The build's loader and the content check both call it, so they accept and refuse the
 * same files with the same words.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { factFileSchema, type FactData } from '#schemas/fact.ts';
import { fieldPath } from '#schemas/format-issues.ts';
import { readYaml, type YamlSource } from '#features/content-check/index.ts';

export const FACTS_FOLDER = 'facts';
const FILE_NAME = /^(it|ch|eu|int)-[a-z0-9]+(?:-[a-z0-9]+)*\.yaml$/;

export interface FactEntry extends FactData {
  /** content/facts/<file>.yaml, as editors see it. */
  file: string;
  /** Line of the fact's "- id:" in its file. */
  line: number | undefined;
}

export interface FactProblem {
  file: string;
  line: number | undefined;
  detail: string;
}

export interface FactsReading {
  facts: ReadonlyMap<string, FactEntry>;
  problems: FactProblem[];
  /** The fact files read (drafts, "_…", left out). */
  files: string[];
  sources: ReadonlyMap<string, YamlSource>;
}

export function readFacts(contentDir: string): FactsReading {
  const folder = path.join(contentDir, FACTS_FOLDER);
  const facts = new Map<string, FactEntry>();
  const problems: FactProblem[] = [];
  const sources = new Map<string, YamlSource>();
  const files: string[] = [];
  if (!existsSync(folder)) return { facts, problems, files, sources };

  for (const name of readdirSync(folder).sort()) {
    if (name.startsWith('.') || name.startsWith('_')) continue;
    const file = `content/${FACTS_FOLDER}/${name}`;
    if (!FILE_NAME.test(name)) {
      problems.push({
        file,
        line: undefined,
        detail:
          'a fact file is named <jurisdiction>-<topic>.yaml, with it, ch, eu or int first and lower-case words joined by hyphens, e.g. ch-patent.yaml',
      });
      continue;
    }
    files.push(file);
    const source = readYaml(readFileSync(path.join(folder, name), 'utf8'));
    sources.set(file, source);
    for (const problem of source.syntaxProblems) problems.push({ file, line: problem.line, detail: problem.message });
    if (source.syntaxProblems.length > 0) continue;

    const result = factFileSchema.safeParse(source.data);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const at = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
        const field = fieldPath(issue.path);
        problems.push({
          file,
          line: source.lineOf(at),
          detail: field === '' ? issue.message : `field "${field}": ${issue.message}`,
        });
      }
      continue;
    }
    const jurisdiction = name.slice(0, name.indexOf('-'));
    result.data.forEach((fact, index) => {
      const line = source.lineOf([index, 'id']);
      if (!fact.id.startsWith(`${jurisdiction}.`)) {
        problems.push({
          file,
          line,
          detail: `field "[${index}].id": "${fact.id}" does not belong in a ${jurisdiction}-… file: fact ids here start with "${jurisdiction}.", or move the fact to the file of its jurisdiction`,
        });
        return;
      }
      const first = facts.get(fact.id);
      if (first) {
        problems.push({
          file,
          line,
          detail: `field "[${index}].id": the fact "${fact.id}" is already defined in ${first.file} (line ${first.line ?? '?'}): one fact, one place; a later value of the same fact is a new item under its "regimes"`,
        });
        return;
      }
      facts.set(fact.id, { ...fact, file, line });
    });
  }
  return { facts, problems, files, sources };
}
