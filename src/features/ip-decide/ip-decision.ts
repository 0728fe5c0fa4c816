/**
 * The IP decision helper: "what do I want to protect?" → "where do I sell or produce?" → the
 * guides to read, each with a one-line reason. The words, guides, sources and review dates live in
 * content/ip-decision.yaml (schema: src/schemas/ip-decision.ts); this module reads and checks that
 * file once, then answers the pages under src/pages/[lang]/ip/decide/. Reasons name figures as
 * {fact:<id>} (content/facts/), which the page renders with its value of the day.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readGuideSlugs, readYaml, type YamlSource } from '#features/content-check/index.ts';
import type { Locale } from '#i18n/locales.ts';
import { ContentError, formatIssues } from '#schemas/format-issues.ts';
import {
  type ChoiceLabels,
  type IpDecision,
  ipDecisionSchema,
  type Market,
  markets,
  type ProtectionNeed,
  protectionNeeds,
} from '#schemas/ip-decision.ts';

export { markets, protectionNeeds, type Market, type ProtectionNeed };

/** The file, from the folder that holds content/. */
export const IP_DECISION_FILE = 'content/ip-decision.yaml';

/** One problem of the file: `message` names the field and what was expected. */
export interface IpDecisionProblem {
  file: string;
  line?: number;
  message: string;
}

export interface IpDecisionReading {
  /** The helper's data; undefined when the file is missing or has any problem. */
  decision: IpDecision | undefined;
  problems: IpDecisionProblem[];
  /** The file as YAML with its lines (for checks of its texts and addresses); undefined when missing. */
  source: YamlSource | undefined;
}

/**
 * Reads and checks content/ip-decision.yaml. A missing file, a YAML mistake or a wrong field
 * comes back as problems, never as an exception. `guideSlugs`: the guides that exist (content/ip-guides/).
 */
export function readIpDecision(
  contentDir: string,
  guideSlugs: readonly string[] = readGuideSlugs(contentDir),
): IpDecisionReading {
  const absolute = path.join(contentDir, path.basename(IP_DECISION_FILE));
  const problem = (message: string, line?: number): IpDecisionProblem =>
    line === undefined ? { file: IP_DECISION_FILE, message } : { file: IP_DECISION_FILE, line, message };
  if (!existsSync(absolute)) {
    return {
      decision: undefined,
      source: undefined,
      problems: [problem('is missing: the IP decision helper (/it/ip/decide/) shows its needs, markets and advice')],
    };
  }
  const source = readYaml(readFileSync(absolute, 'utf8'));
  if (source.syntaxProblems.length > 0) {
    return {
      decision: undefined,
      source,
      problems: source.syntaxProblems.map(({ line, message }) => problem(message, line)),
    };
  }
  const result = ipDecisionSchema({ guideSlugs }).safeParse(source.data);
  if (result.success) return { decision: result.data, problems: [], source };
  const messages = formatIssues(IP_DECISION_FILE, result.error.issues);
  const problems = result.error.issues.map((issue, index) => {
    const at = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
    return problem(messages[index]!.slice(IP_DECISION_FILE.length + 2), source.lineOf(at));
  });
  return { decision: undefined, problems: problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)), source };
}

/** Every problem of content/ip-decision.yaml, in file order; [] when the file is fine. */
export function ipDecisionProblems(contentDir: string, guideSlugs?: readonly string[]): IpDecisionProblem[] {
  return readIpDecision(contentDir, guideSlugs).problems;
}

let siteReading: IpDecisionReading | undefined;

/** The site's own file, read once per process. */
function readSite(): IpDecisionReading {
  siteReading ??= readIpDecision(path.resolve('content'));
  return siteReading;
}

/** The site's helper; a broken file stops the build with every problem, like the other content files. */
function helper(): IpDecision {
  const { decision, problems } = readSite();
  if (decision) return decision;
  const error = new ContentError(
    problems.map(({ file, line, message }) => `${file}${line === undefined ? '' : `:${line}`}: ${message}`),
  );
  // The mistake is in the content file, not in the code: the editor needs the list, not a stack trace.
  error.stack = `${error.name}: ${error.message}`;
  throw error;
}

/** The labels of each key, read from the file on first use, so importing this module never reads or fails. */
function labelsOf<Key extends string>(keys: readonly Key[], read: (key: Key) => ChoiceLabels) {
  const labels = {} as Record<Key, ChoiceLabels>;
  for (const key of keys) Object.defineProperty(labels, key, { enumerable: true, get: () => read(key) });
  return labels as Readonly<Record<Key, ChoiceLabels>>;
}

export const needLabels = labelsOf(protectionNeeds, (need) => helper().needs[need]);
export const marketLabels = labelsOf(markets, (market) => helper().markets[market]);

export interface Reviewed {
  date: Date;
  by: string;
}

export interface Source {
  title: string;
  url: string;
}

export interface GuideAdvice {
  guide: string;
  reason: string;
  reviewed: Reviewed;
  sources: Source[];
}

/** The guides for a need and a market, in reading order; the schema makes sure each comes once. */
export function adviceFor(need: ProtectionNeed, market: Market, locale: Locale): GuideAdvice[] {
  return helper()
    .advice[need].filter((advice) => advice.markets === undefined || advice.markets.includes(market))
    .map(({ guide, reason, reviewed, sources }) => ({ guide, reason: reason[locale], reviewed, sources }));
}

export interface DecisionResult {
  needLabel: string;
  marketLabel: string;
  advice: GuideAdvice[];
  /** The least recently checked advice's review: the page is only as current as that. */
  reviewed: Reviewed;
  /** Every source of the advice, each once, in reading order. */
  sources: Source[];
  /** The content file it all comes from, for the page's edit and correction links. */
  file: string;
}

/** Everything the result page of a need and a market shows. */
export function decisionResult(need: ProtectionNeed, market: Market, locale: Locale): DecisionResult {
  const advice = adviceFor(need, market, locale);
  const reviewed = advice.reduce(
    (oldest, item) => (item.reviewed.date < oldest.date ? item.reviewed : oldest),
    advice[0]!.reviewed,
  );
  const sources = [...new Map(advice.flatMap((item) => item.sources).map((source) => [source.url, source])).values()];
  return {
    needLabel: needLabels[need].label[locale],
    marketLabel: marketLabels[market].label[locale],
    advice,
    reviewed,
    sources,
    file: IP_DECISION_FILE,
  };
}

/** Every guide the helper can lead to, for the check that they all exist. */
export function guidesNamedByTheHelper(): string[] {
  return [...new Set(Object.values(helper().advice).flatMap((list) => list.map((item) => item.guide)))].sort();
}

/**
 * Every text of a reading of the file in both languages (labels, hints, reasons), for the content
 * check of the facts they name. When the file has problems these are its plain text values, so
 * the facts it names still count as used.
 */
export function decisionTextsOf({ decision, source }: IpDecisionReading): string[] {
  if (!decision) return source?.scalars().map((scalar) => scalar.value) ?? [];
  return [
    ...[...Object.values(decision.needs), ...Object.values(decision.markets)].flatMap((choice) => [
      ...Object.values(choice.label),
      ...Object.values(choice.hint),
    ]),
    ...Object.values(decision.advice).flatMap((list) => list.flatMap((item) => Object.values(item.reason))),
  ];
}
