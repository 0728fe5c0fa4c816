/**
 * The content check of the facts: every fact file is valid; every fact named by a page exists
 * (with "did you mean"); every fact is used somewhere; no figure is typed by hand into an IP guide
 * or the comparison; a guide's "law as of" date comes from its facts; facts past their review date
 * are reported (a warning, or an error with strictFreshness, for the scheduled job).
 */
import type { YamlSource } from '#features/content-check/index.ts';
import type { MdxOutline } from '#features/safe-mdx/index.ts';
import { closestMatch } from '#schemas/closest-match.ts';
import { factIdsIn, withoutFactTokens } from './fact-text.ts';
import { readFacts, type FactEntry, type FactsReading } from './read-facts.ts';
import { factsWithValue, findTypedFigures, typedFigureMessage, type FigurePlace } from './typed-figures.ts';

type Report = (severity: 'error' | 'warning', file: string, line: number | undefined, detail: string) => void;

export interface MdxEntryForFacts {
  kind: string;
  file: string;
  outline: MdxOutline | undefined;
  /** The front matter with positions. */
  frontMatter: YamlSource | undefined;
}

export interface FactCheckInput {
  contentDir: string;
  mdxEntries: readonly MdxEntryForFacts[];
  /** content/ip-comparison.yaml, when readable. */
  comparison: { file: string; source: YamlSource } | undefined;
  /** Texts kept in code that name facts ({fact:…}), e.g. the decision helper: they count as uses. */
  codeTexts: readonly { file: string; texts: readonly string[] }[];
  now: Date;
  strictFreshness: boolean;
  add: Report;
}

export interface FactCheckResult {
  reading: FactsReading;
  /** Facts by review date, soonest first, for the editorial report. */
  byReviewDate: FactEntry[];
}

/** Front-matter fields of a guide that are read as prose and cannot hold components. */
const GUIDE_PROSE_FIELDS = new Set(['title', 'summary', 'toBeChecked']);
const day = (date: Date) => date.toISOString().slice(0, 10);

export function checkFacts(input: FactCheckInput): FactCheckResult {
  const { add } = input;
  const reading = readFacts(input.contentDir);
  for (const problem of reading.problems) add('error', problem.file, problem.line, problem.detail);
  const facts = reading.facts;
  const ids = [...facts.keys()];
  const used = new Set<string>();
  // A fact that fails its schema is left out of `facts`, but its id still counts as declared, so
  // the pages that name it are not reported too; only a file that cannot be read at all (its ids
  // unknown) holds back the unknown-id errors.
  const declared = new Set(ids);
  for (const source of reading.sources.values()) {
    for (const scalar of source.scalars())
      if (scalar.path.length === 2 && scalar.path[1] === 'id') declared.add(scalar.value);
  }
  const unreadable =
    [...reading.sources.values()].some((source) => source.syntaxProblems.length > 0) ||
    reading.problems.some((problem) => !reading.sources.has(problem.file));
  const isUnknown = (id: string) => !unreadable && !declared.has(id);

  const unknown = (id: string, how: string) => {
    const hint = closestMatch(id, ids);
    return `${how} names the fact "${id}", which does not exist in content/facts/${hint ? ` (did you mean "${hint}"?)` : ': add it there, with its source and dates, or correct the id'}`;
  };

  const checkTypedFigures = (
    file: string,
    line: number | undefined,
    text: string,
    place: FigurePlace,
    field?: string,
  ) => {
    for (const figure of findTypedFigures(text)) {
      const where = field ? `field "${field}": ` : '';
      add('error', file, line, where + typedFigureMessage(figure, factsWithValue(figure, facts.values()), place));
    }
  };

  // --- MDX: <Fact id> and <FeeSchedule id> everywhere; typed figures and lawAsOf in the IP guides.
  for (const entry of input.mdxEntries) {
    const components = (entry.outline?.components ?? []).filter(
      (component) => component.name === 'Fact' || component.name === 'FeeSchedule',
    );
    for (const component of components) {
      const id = component.attributes['id'];
      if (id === undefined) continue; // the safe-MDX check reports a missing id
      const fact = facts.get(id);
      if (!fact) {
        if (isUnknown(id)) add('error', entry.file, component.line, unknown(id, `<${component.name} id="${id}" />`));
        continue;
      }
      used.add(id);
      if (component.name === 'FeeSchedule' && !fact.regimes.some((regime) => regime.value.type === 'schedule')) {
        add(
          'error',
          entry.file,
          component.line,
          `<FeeSchedule id="${id}" /> shows a table of yearly amounts, but "${id}" is a ${fact.regimes[0]!.value.type}: write <Fact id="${id}" /> instead`,
        );
      }
    }
    if (entry.kind !== 'ipGuides') continue;
    for (const text of entry.outline?.texts ?? []) checkTypedFigures(entry.file, text.line, text.value, 'mdx');
    for (const scalar of entry.frontMatter?.scalars() ?? []) {
      const [field] = scalar.path;
      if (typeof field === 'string' && GUIDE_PROSE_FIELDS.has(field)) {
        checkTypedFigures(entry.file, scalar.line, scalar.value, 'front-matter', fieldName(scalar.path));
      }
    }
    const lawAsOfTyped = hasField(entry.frontMatter, 'lawAsOf');
    if (components.length > 0 && lawAsOfTyped) {
      add(
        'error',
        entry.file,
        entry.frontMatter?.lineOf(['lawAsOf']),
        'field "lawAsOf": this guide uses facts, so its "law as of" date is the newest review date of those facts: delete the line',
      );
    } else if (components.length === 0 && !lawAsOfTyped && entry.frontMatter?.data) {
      add(
        'error',
        entry.file,
        undefined,
        'field "lawAsOf" is required: this guide uses no facts, so write the date of the law it describes (YYYY-MM-DD)',
      );
    }
  }

  // --- The comparison: {fact:…} in its texts, no typed figures, lawAsOf only for rows without facts.
  if (input.comparison) {
    const { file, source } = input.comparison;
    const rowsWithFacts = new Set<number>();
    for (const scalar of source.scalars()) {
      const [row, key] = scalar.path;
      if (typeof row !== 'number' || (key !== 'aspect' && key !== 'cells')) continue;
      const field = fieldName(scalar.path);
      for (const id of factIdsIn(scalar.value)) {
        if (facts.has(id)) {
          used.add(id);
          rowsWithFacts.add(row);
        } else if (isUnknown(id)) add('error', file, scalar.line, `field "${field}": ${unknown(id, `{fact:${id}}`)}`);
      }
      checkTypedFigures(file, scalar.line, withoutFactTokens(scalar.value), 'yaml', field);
    }
    const rows = Array.isArray(source.data) ? (source.data as unknown[]) : [];
    rows.forEach((row, index) => {
      const typed = typeof row === 'object' && row !== null && 'lawAsOf' in row;
      if (rowsWithFacts.has(index) && typed) {
        add(
          'error',
          file,
          source.lineOf([index, 'lawAsOf']),
          `field "[${index}].lawAsOf": this row uses facts, so its "law as of" date is the newest review date of those facts: delete the line`,
        );
      } else if (!rowsWithFacts.has(index) && !typed) {
        add(
          'error',
          file,
          source.lineOf([index]),
          `field "[${index}].lawAsOf" is required: this row uses no facts, so write the date of the law it describes (YYYY-MM-DD)`,
        );
      }
    });
  }

  // --- Texts kept in code (the decision helper) count as uses. They are checked against the
  // site's own facts by their unit test, since this check also runs on other content folders.
  for (const { texts } of input.codeTexts) {
    for (const id of texts.flatMap(factIdsIn)) used.add(id);
  }

  // --- Facts nobody shows, and facts due for review.
  for (const fact of facts.values()) {
    if (!used.has(fact.id)) {
      add(
        'error',
        fact.file,
        fact.line,
        `the fact "${fact.id}" is used nowhere: show it with <Fact id="${fact.id}" /> in a guide, {fact:${fact.id}} in content/ip-comparison.yaml or in a call's "pays", or delete it`,
      );
    }
    if (fact.reviewBy < input.now) {
      add(
        input.strictFreshness ? 'error' : 'warning',
        fact.file,
        fact.line,
        `the fact "${fact.id}" was due for review on ${day(fact.reviewBy)}: check every regime against its source, then set "reviewed.date" to today and "reviewBy" to the date of the next check`,
      );
    }
  }

  const byReviewDate = [...facts.values()].sort(
    (a, b) => a.reviewBy.getTime() - b.reviewBy.getTime() || a.id.localeCompare(b.id),
  );
  return { reading, byReviewDate };
}

function hasField(source: YamlSource | undefined, field: string): boolean {
  const data = source?.data;
  return typeof data === 'object' && data !== null && field in data;
}

function fieldName(path: readonly (string | number)[]): string {
  return path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : text === '' ? key : `${text}.${key}`),
    '',
  );
}
