/**
 * Reads content/ once for every rule: the vocabularies first (the schemas name their ids), then
 * each entry, the comparison table, the IP decision helper, the facts and the directory. Reading never stops on a broken
 * file: it records what it could not read, and the rules report it.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkFacts } from '#features/facts/index.ts';
import { decisionTextsOf, IP_DECISION_FILE, readIpDecision } from '#features/ip-decide/index.ts';
import { contentDataFiles, contentKindNames, contentKinds, schemasFor, type ContentKind } from './content-kinds.ts';
import { findContentFiles, vocabularyFileNames } from './content-files.ts';
import type { ContentContext, VocabularyFile } from './context.ts';
import { readDirectoryFolder } from './directory.ts';
import type { Problem } from './problem.ts';
import { readEntry } from './read-entry.ts';
import { readVocabulary } from './vocabulary.ts';
import { readYaml } from './yaml-source.ts';
import { SYNONYMS_FILE } from '#schemas/search-synonyms.ts';

/** The texts of a call's "pays" field, however much of the file could be read. */
function paysTexts(raw: unknown): string[] {
  const pays = (raw as { pays?: unknown } | null | undefined)?.pays;
  if (typeof pays !== 'object' || pays === null) return [];
  return Object.values(pays).filter((text): text is string => typeof text === 'string');
}

export interface LoadOptions {
  root: string;
  now: Date;
  strictFreshness: boolean;
  lapsedAsWarnings: boolean;
}

/** Undefined when there is no content/ folder at all. */
export function loadContext({ root, now, strictFreshness, lapsedAsWarnings }: LoadOptions): ContentContext | undefined {
  const contentDir = path.join(root, 'content');
  if (!existsSync(contentDir)) return undefined;

  const vocabularyFiles: VocabularyFile[] = vocabularyFileNames.map((name) => {
    const absolute = path.join(contentDir, 'taxonomies', name);
    const text = existsSync(absolute) ? readFileSync(absolute, 'utf8') : undefined;
    return { file: `content/taxonomies/${name}`, text, source: text === undefined ? undefined : readYaml(text) };
  });
  const { vocabulary, problems: vocabularyProblems } = readVocabulary(contentDir);

  const schemas = schemasFor(vocabulary);
  const listing = findContentFiles(root, contentDir);
  const entries = listing.entries.map((candidate) => readEntry(candidate, schemas[candidate.kind]));
  const idsByKind = new Map<ContentKind, ReadonlySet<string>>(
    contentKindNames.map((kind) => [
      kind,
      new Set(entries.filter((entry) => entry.kind === kind).map((entry) => entry.id)),
    ]),
  );

  const comparisonFile = `content/${contentDataFiles.ipComparison}`;
  const comparisonPath = path.join(contentDir, contentDataFiles.ipComparison);
  const comparisonSource = existsSync(comparisonPath) ? readYaml(readFileSync(comparisonPath, 'utf8')) : undefined;

  const synonymsPath = path.join(root, SYNONYMS_FILE);
  const synonymsSource = existsSync(synonymsPath) ? readYaml(readFileSync(synonymsPath, 'utf8')) : undefined;

  const ipDecision = readIpDecision(contentDir, [...idsByKind.get('ipGuides')!].sort());

  const factProblems: Problem[] = [];
  const factCheck = checkFacts({
    contentDir,
    mdxEntries: entries
      .filter((entry) => contentKinds[entry.kind].extension === '.mdx')
      .map((entry) => ({ kind: entry.kind, file: entry.file, outline: entry.outline, frontMatter: entry.source })),
    // A comparison YAML cannot read has no facts to count as used.
    comparison:
      comparisonSource && comparisonSource.syntaxProblems.length === 0
        ? { file: comparisonFile, source: comparisonSource }
        : undefined,
    // The calls' "pays" texts name facts too: those uses count (the call-amounts rule checks the ids).
    codeTexts: [
      { file: IP_DECISION_FILE, texts: decisionTextsOf(ipDecision) },
      ...entries
        .filter((entry) => entry.kind === 'calls')
        .map((entry) => ({ file: entry.file, texts: paysTexts(entry.raw) })),
    ],
    now,
    strictFreshness,
    add: (severity, file, line, detail) => factProblems.push({ severity, file, line, detail }),
  });

  const directory = readDirectoryFolder(root, contentDir, [...idsByKind.get('companies')!].sort());

  return {
    root,
    contentDir,
    now,
    strictFreshness,
    lapsedAsWarnings,
    entries,
    idsByKind,
    unread: listing.unread,
    imageFiles: listing.imageFiles,
    vocabularies: { files: vocabularyFiles, problems: vocabularyProblems, vocabulary },
    comparison: { file: comparisonFile, source: comparisonSource },
    ipDecision,
    synonyms: { file: SYNONYMS_FILE, source: synonymsSource },
    facts: { problems: factProblems, reading: factCheck.reading, byReviewDate: factCheck.byReviewDate },
    directory: { strays: directory.strays, problems: directory.problems },
    fileCount:
      vocabularyFiles.filter((file) => file.text !== undefined).length +
      entries.length +
      (comparisonSource ? 1 : 0) +
      (ipDecision.source ? 1 : 0) +
      (synonymsSource ? 1 : 0) +
      factCheck.reading.files.length +
      directory.files.length,
    drafts: [...listing.drafts, ...directory.drafts],
  };
}
