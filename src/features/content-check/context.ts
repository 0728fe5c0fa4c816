/**
 * The content as the rules see it: every file of content/ read and parsed once by
 * ./load-context.ts, so that no rule reads a file again and no rule depends on another.
 */
import type { IpDecisionReading } from '#features/ip-decide/index.ts';
import type { z } from 'zod';
import type { FactEntry, FactsReading } from '#features/facts/index.ts';
import type { MdxOutline, MdxProblem } from '#features/safe-mdx/index.ts';
import type { Locale } from '#i18n/locales.ts';
import type { Vocabulary } from '#schemas/index.ts';
import type { ContentKind } from './content-kinds.ts';
import type { Problem } from './problem.ts';
import type { SplitMdx, YamlSource } from './yaml-source.ts';

/** One entry file: a YAML profile, or one language version of an MDX entry. */
export interface EntryFile {
  kind: ContentKind;
  /** From the project root: content/… */
  file: string;
  absolute: string;
  /** The file name without its extension: the entry's id and page address. */
  id: string;
  /** The language folder of an MDX entry; undefined for YAML entries, which hold both languages. */
  lang: Locale | undefined;
  text: string;
  /** MDX entries only: front matter and body, and what the MDX parser found. */
  mdx: { split: SplitMdx; problems: readonly MdxProblem[] } | undefined;
  /** Undefined when an MDX file has no front matter. */
  source: YamlSource | undefined;
  /** Undefined when the file could not be parsed as MDX at all. */
  outline: MdxOutline | undefined;
  /** File line where the fields start (the front matter's first line for MDX). */
  firstLine: number;
  /** The fields as YAML gives them; undefined when they could not be read. */
  raw: unknown;
  /** What the kind's schema refuses; empty when the file is valid or could not be read. */
  issues: readonly z.core.$ZodIssue[];
  /** The schema's output; undefined unless the whole file is valid. */
  data: Record<string, unknown> | undefined;
  /**
   * Each field that is valid on its own, so that one wrong field does not hide the problems of
   * the others (a key with an undefined value is a valid, absent optional field).
   */
  fields: Readonly<Record<string, unknown>>;
}

/** Why a file or folder under content/ was not read as an entry. */
export type UnreadReason =
  | 'unknown-folder'
  | 'file-in-content'
  | 'unknown-vocabulary-file'
  | 'not-a-language-folder'
  | 'folder-in-kind'
  | 'not-in-language-folder'
  | 'wrong-extension'
  | 'bad-file-name';

export interface UnreadFile {
  /** From the project root; folders end with "/". */
  file: string;
  reason: UnreadReason;
  /** The kind whose folder holds it, when it is in one. */
  kind?: ContentKind | undefined;
}

export interface VocabularyFile {
  /** content/taxonomies/… */
  file: string;
  /** Undefined when the file is missing. */
  text: string | undefined;
  source: YamlSource | undefined;
}

export interface ContentContext {
  /** Project root: the folder that holds content/. */
  root: string;
  contentDir: string;
  now: Date;
  strictFreshness: boolean;
  /** Problems made only by a day passing are warnings (the build; see CheckOptions). */
  lapsedAsWarnings: boolean;
  /** Entry files with a valid name, drafts excluded. */
  entries: readonly EntryFile[];
  /** Ids of the entries of each kind, valid or not: what a reference or a link may name. */
  idsByKind: ReadonlyMap<ContentKind, ReadonlySet<string>>;
  /** Files and folders the site does not read as entries, and why. */
  unread: readonly UnreadFile[];
  /** Image files in the folders of the kinds that show images. */
  imageFiles: readonly string[];
  vocabularies: {
    files: readonly VocabularyFile[];
    /** What the shared vocabulary reader refuses, as `file: detail` texts. */
    problems: readonly string[];
    /** The ids of every vocabulary; a broken vocabulary contributes none. */
    vocabulary: Vocabulary;
  };
  /** content/ip-comparison.yaml; `source` is undefined when the file is missing. */
  comparison: { file: string; source: YamlSource | undefined };
  /** content/search/synonyms.yaml; `source` is undefined when the file is missing (no related words). */
  synonyms: { file: string; source: YamlSource | undefined };
  /** content/ip-decision.yaml as the IP decision helper reads it, with its problems. */
  ipDecision: IpDecisionReading;
  /**
   * The facts feature reads and checks its files in one call (its own rules, shared with the
   * build): its findings are kept here for the facts rule, and the facts for the report.
   */
  facts: { problems: readonly Problem[]; reading: FactsReading; byReviewDate: FactEntry[] };
  directory: {
    /** Folders and files that are not CSV data, from the project root. */
    strays: readonly { file: string; reason: 'folder' | 'not-csv' }[];
    /** What the directory's own reader refuses, with the file from the project root. */
    problems: readonly { file: string; line: number; column?: string | undefined; message: string }[];
  };
  /** Files read (drafts excluded), for the summary line. */
  fileCount: number;
  /** Files starting with "_": drafts, not on the site and not checked. */
  drafts: readonly string[];
}
