/**
 * The content check: every file in content/ against the same schemas and cross-entry rules as
 * the build, plus what only a careful editor would notice (placeholders left in, images that are
 * missing or too heavy, links to the other language, unsafe MDX). It reads files only: no Astro,
 * no build, so it runs in well under a second on the launch content. Every problem names its file,
 * its line where there is one, the field and what was expected.
 *
 * `npm run check:content` prints the result; the Astro integration in ./astro-integration.ts runs
 * it before every build, so a build never passes what the check refuses.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { formatIssues } from '#schemas/format-issues.ts';
import { readVocabulary, taxonomyFiles } from './vocabulary.ts';
import { locales, type Locale } from '#i18n/locales.ts';
import { inspectMdx, type MdxOutline } from '#features/safe-mdx/index.ts';
import { closestMatch } from '#schemas/closest-match.ts';
import {
  contentKindNames,
  contentKinds,
  contentDataFiles,
  ID_PATTERN,
  ipSectionPages,
  schemasFor,
  standingPageSlugs,
  type ContentKind,
} from './content-kinds.ts';
import { findCrossEntryProblems, type GuideTranslation, type StoryTranslation } from './cross-entry.ts';
import { checkDirectory, DIRECTORY_FOLDER } from './directory.ts';
import { imageProblem } from './images.ts';
import { checkFacts, type FactEntry, FACTS_FOLDER } from '#features/facts/index.ts';
import { decisionTexts } from '#features/ip-decide/index.ts';
import { checkIpComparison } from './ip-comparison.ts';
import { checkSourceUrls } from './source-urls.ts';
import { parseFieldPath, parseProblemText, sortProblems, type Problem, type Severity } from './problem.ts';
import { readYaml, splitFrontMatter, type YamlSource } from './yaml-source.ts';

export interface CheckOptions {
  /** Project root: the folder that holds content/. */
  root: string;
  /** "Today", for future dates and stale reviews; tests pin it. */
  now?: Date;
  /** Facts past their review date are errors, not warnings (the scheduled freshness job). */
  strictFreshness?: boolean;
}

/** One entry as the editorial report needs it. Only entries whose files passed the schema. */
export interface InventoryEntry {
  kind: ContentKind;
  id: string;
  /** Italian file when there is one, else the English one; the only file for YAML entries. */
  file: string;
  title: string;
  /** Title in each language it is written in (MDX entries). */
  titles: Partial<Record<Locale, string>>;
  /** Language of `file` and `title`; undefined for YAML entries, which hold both languages. */
  lang: Locale | undefined;
  example: boolean;
  /** One per file: MDX entries have a review date in each language. */
  reviews: { file: string; date: Date; by: string }[];
  /** Fewest sources among the entry's files. */
  sources: number;
  /** Languages the entry is written in; for YAML entries, languages in which every text exists. */
  languages: Locale[];
  /** YAML entries: texts missing in a language, as field paths. */
  missingTexts: Partial<Record<Locale, string[]>>;
  companies: string[];
  researchCentres: string[];
  toBeChecked: string[];
  /** IP guides: the points to be checked, in each language. */
  toBeCheckedByLanguage: Partial<Record<Locale, string[]>>;
}

export interface TaxonomyUsage {
  file: string;
  /** Term ids no entry uses. */
  unused: string[];
}

export interface ContentCheckResult {
  errors: Problem[];
  warnings: Problem[];
  /** Content files read (drafts excluded). */
  fileCount: number;
  /** Files starting with "_": drafts, not on the site and not checked. */
  drafts: string[];
  entries: InventoryEntry[];
  taxonomies: TaxonomyUsage[];
  /** The facts, soonest review first (empty when none could be read). */
  facts: FactEntry[];
  durationMs: number;
}

const STALE_AFTER_MONTHS = 12;
const IMAGE_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif', '.svg'];
const TODO = /\bTODO\b/;

const languageNames: Record<Locale, string> = { it: 'Italian', en: 'English' };

interface ParsedFile {
  kind: ContentKind;
  file: string;
  absolute: string;
  id: string;
  lang: Locale | undefined;
  source: YamlSource | undefined;
  /** Schema output; undefined when the file has errors that stop the schema. */
  data: Record<string, unknown> | undefined;
  outline: MdxOutline | undefined;
}

function relative(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/');
}

function monthsBefore(date: Date, months: number): Date {
  const copy = new Date(date);
  copy.setUTCMonth(copy.getUTCMonth() - months);
  return copy;
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Names compared without case, punctuation or legal form: "Acme S.r.l." is "acme". */
function comparableName(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\b(s\.?\s?r\.?\s?l|s\.?\s?p\.?\s?a|s\.?\s?a\.?\s?s|s\.?\s?n\.?\s?c|sagl|gmbh|ag|sa)\b\.?/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Texts of a localized field ({ it, en }) found anywhere in a YAML entry, by language missing. */
function missingTranslations(value: unknown, field = ''): Partial<Record<Locale, string[]>> {
  const missing: Partial<Record<Locale, string[]>> = {};
  const walk = (node: unknown, at: string) => {
    if (Array.isArray(node)) {
      node.forEach((item, index) => walk(item, `${at}[${index}]`));
      return;
    }
    if (node === null || typeof node !== 'object' || node instanceof Date) return;
    const record = node as Record<string, unknown>;
    const keys = Object.keys(record);
    const isLocalized = keys.length > 0 && keys.every((key) => (locales as readonly string[]).includes(key));
    if (isLocalized) {
      for (const locale of locales) {
        if (typeof record[locale] !== 'string') (missing[locale] ??= []).push(at);
      }
      return;
    }
    for (const [key, inner] of Object.entries(record)) walk(inner, at === '' ? key : `${at}.${key}`);
  };
  walk(value, field);
  return missing;
}

export function checkContent({ root, now = new Date(), strictFreshness = false }: CheckOptions): ContentCheckResult {
  const started = performance.now();
  const contentDir = path.join(root, 'content');
  const problems: Problem[] = [];
  const add = (severity: Severity, file: string, line: number | undefined, detail: string) =>
    problems.push({ severity, file, line, detail });
  const drafts: string[] = [];
  let fileCount = 0;

  if (!existsSync(contentDir)) {
    return {
      errors: [{ severity: 'error', file: 'content/', detail: 'the content folder is missing' }],
      warnings: [],
      fileCount: 0,
      drafts: [],
      entries: [],
      taxonomies: [],
      facts: [],
      durationMs: performance.now() - started,
    };
  }

  // --- Vocabularies: read with positions for line numbers, then validated by the shared loader.
  const taxonomySources = new Map<string, YamlSource>();
  const unreadableTaxonomies = new Set<string>();
  for (const { file } of Object.values(taxonomyFiles)) {
    const relativeFile = `content/taxonomies/${file}`;
    const absolute = path.join(contentDir, 'taxonomies', file);
    if (!existsSync(absolute)) {
      add('error', relativeFile, undefined, 'this vocabulary file is missing: the site needs it');
      unreadableTaxonomies.add(relativeFile);
      continue;
    }
    fileCount++;
    const source = readYaml(readFileSync(absolute, 'utf8'));
    taxonomySources.set(relativeFile, source);
    if (source.syntaxProblems.length > 0) {
      unreadableTaxonomies.add(relativeFile);
      for (const problem of source.syntaxProblems) add('error', relativeFile, problem.line, problem.message);
    }
    checkTodo(relativeFile, readFileSync(absolute, 'utf8'), source);
  }
  const { vocabulary, problems: vocabularyProblems } = readVocabulary(contentDir);
  for (const text of vocabularyProblems) {
    const { file, field, detail } = parseProblemText(text);
    if (unreadableTaxonomies.has(file)) continue;
    const source = taxonomySources.get(file);
    let line = field && source ? source.lineOf(parseFieldPath(field)) : undefined;
    const duplicate = /^id "([^"]+)" is used twice/.exec(detail)?.[1];
    if (duplicate && source) {
      line = source.scalars().filter((scalar) => scalar.path.at(-1) === 'id' && scalar.value === duplicate)[1]?.line;
    }
    add('error', file, line, detail);
  }
  const taxonomyNames = new Set<string>(Object.values(taxonomyFiles).map(({ file }) => file));
  for (const name of listFiles(path.join(contentDir, 'taxonomies'))) {
    if (!taxonomyNames.has(name) && !name.startsWith('.')) {
      add(
        'warning',
        `content/taxonomies/${name}`,
        undefined,
        `the site does not read this file; the vocabularies are ${[...taxonomyNames].join(', ')}`,
      );
    }
  }

  // --- Entries.
  const schemas = schemasFor(vocabulary);
  const parsed: ParsedFile[] = [];
  const referencedImages = new Set<string>();
  const knownFolders = new Set([
    FACTS_FOLDER,
    'taxonomies',
    DIRECTORY_FOLDER,
    ...contentKindNames.map((kind) => contentKinds[kind].folder),
  ]);
  const knownDataFiles = new Set<string>(Object.values(contentDataFiles));

  for (const name of listFiles(contentDir, true)) {
    const absolute = path.join(contentDir, name);
    if (name.startsWith('.')) continue;
    if (statSync(absolute).isDirectory()) {
      if (!knownFolders.has(name)) {
        add(
          'warning',
          `content/${name}/`,
          undefined,
          `the site does not read this folder; content folders are ${[...knownFolders].join(', ')}`,
        );
      }
    } else if (!knownDataFiles.has(name)) {
      add(
        'warning',
        `content/${name}`,
        undefined,
        'the site does not read files directly in content/: move it into the folder of its kind',
      );
    }
  }

  for (const kind of contentKindNames) {
    const info = contentKinds[kind];
    const folder = path.join(contentDir, info.folder);
    if (!existsSync(folder)) continue;
    const candidates: { absolute: string; lang: Locale | undefined }[] = [];
    for (const name of listFiles(folder, true)) {
      const absolute = path.join(folder, name);
      const file = relative(root, absolute);
      if (name.startsWith('.')) continue;
      const isDirectory = statSync(absolute).isDirectory();
      if (info.translated && isDirectory) {
        if ((locales as readonly string[]).includes(name)) {
          for (const inner of listFiles(absolute)) {
            if (inner.startsWith('.')) continue;
            candidates.push({ absolute: path.join(absolute, inner), lang: name as Locale });
          }
        } else {
          add(
            'error',
            `${file}/`,
            undefined,
            `the site only reads the language folders it/ and en/ here: move these files into content/${info.folder}/it/ or content/${info.folder}/en/`,
          );
        }
        continue;
      }
      if (isDirectory) {
        add(
          'error',
          `${file}/`,
          undefined,
          `the site does not read folders here: put each ${info.noun} directly in content/${info.folder}/`,
        );
        continue;
      }
      if (info.translated && name.endsWith(info.extension)) {
        add(
          'error',
          file,
          undefined,
          `is not in a language folder: move it to content/${info.folder}/it/ or content/${info.folder}/en/`,
        );
        continue;
      }
      candidates.push({ absolute, lang: undefined });
    }

    for (const { absolute, lang } of candidates) {
      const file = relative(root, absolute);
      const name = path.basename(absolute);
      const extension = path.extname(name).toLowerCase();
      if (IMAGE_EXTENSIONS.includes(extension)) continue; // checked when an entry uses it
      if (name.startsWith('_')) {
        drafts.push(file);
        continue;
      }
      if (extension !== info.extension) {
        const base = name.slice(0, name.length - extension.length);
        const hint =
          (extension === '.md' || extension === '.markdown') && info.extension === '.mdx'
            ? `rename it to ${base}.mdx`
            : extension === '.yml' && info.extension === '.yaml'
              ? `rename it to ${base}.yaml`
              : `each ${info.noun} is one ${info.extension} file`;
        add('error', file, undefined, `the site only reads ${info.extension} files here: ${hint}`);
        continue;
      }
      const id = name.slice(0, -info.extension.length);
      if (!ID_PATTERN.test(id)) {
        const suggestion = id
          .toLowerCase()
          .normalize('NFD')
          .replace(/[\u0300-\u036f]/g, '')
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-|-$/g, '');
        add(
          'error',
          file,
          undefined,
          `the file name "${name}" becomes the page address, so it may only contain lower-case letters, digits and hyphens: rename it to ${suggestion || 'a name like this'}${info.extension}`,
        );
        continue;
      }
      fileCount++;
      parsed.push(readEntry(kind, file, absolute, id, lang));
    }
  }

  function readEntry(
    kind: ContentKind,
    file: string,
    absolute: string,
    id: string,
    lang: Locale | undefined,
  ): ParsedFile {
    const text = readFileSync(absolute, 'utf8');
    const entry: ParsedFile = {
      kind,
      file,
      absolute,
      id,
      lang,
      source: undefined,
      data: undefined,
      outline: undefined,
    };
    let raw: unknown;
    let firstLine = 1;
    if (contentKinds[kind].extension === '.mdx') {
      const split = splitFrontMatter(text);
      if (split.frontMatter === undefined) {
        add(
          'error',
          file,
          1,
          'must start with front matter: a block of fields between two lines of three dashes (---)',
        );
      } else {
        firstLine = split.frontMatterLine;
        entry.source = readYaml(split.frontMatter, firstLine);
      }
      const inspection = inspectMdx(text);
      for (const problem of inspection.problems) add('error', file, problem.line, problem.message);
      entry.outline = inspection.outline;
      if (split.body.trim() === '' && kind !== 'pages') {
        add(
          'error',
          file,
          split.bodyLine,
          `the ${contentKinds[kind].noun} has no text: write it below the closing ---`,
        );
      }
    } else {
      entry.source = readYaml(text);
    }
    const source = entry.source;
    if (source) {
      for (const problem of source.syntaxProblems) add('error', file, problem.line, problem.message);
      checkTodo(file, text, source);
      if (source.syntaxProblems.length === 0) raw = source.data;
      // An image named by a file with other errors is still "used": no second, misleading warning.
      const coverSrc = (raw as { cover?: { src?: unknown } } | null | undefined)?.cover?.src;
      if (typeof coverSrc === 'string') referencedImages.add(path.resolve(path.dirname(absolute), coverSrc));
    } else {
      checkTodo(file, text, undefined);
    }
    if (source && source.syntaxProblems.length === 0) {
      if (raw === null || raw === undefined) {
        add(
          'error',
          file,
          firstLine,
          'has no fields: copy the fields from an existing file of the same kind, or run npm run new',
        );
        return entry;
      }
      const result = (schemas[kind] as z.ZodType).safeParse(raw);
      if (result.success) {
        entry.data = result.data as Record<string, unknown>;
      } else {
        for (const issue of result.error.issues) {
          const [line] = formatIssues(file, [issue]);
          const at = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
          add('error', file, source.lineOf(at), line!.slice(file.length + 2));
        }
      }
    }
    return entry;
  }

  /** Placeholders the scaffolder writes ("TODO: …") must all be replaced before publishing. */
  function checkTodo(file: string, text: string, source: YamlSource | undefined) {
    const reported = new Set<number>();
    for (const scalar of source?.scalars() ?? []) {
      if (!TODO.test(scalar.value)) continue;
      const field = scalar.path.reduce<string>(
        (at, key) => (typeof key === 'number' ? `${at}[${key}]` : at === '' ? key : `${at}.${key}`),
        '',
      );
      add(
        'error',
        file,
        scalar.line,
        `field "${field}": still holds the placeholder "${shorten(scalar.value)}": replace it with the real ${field.endsWith('url') ? 'address' : 'text'}`,
      );
      for (let line = scalar.line ?? 0; line <= (scalar.endLine ?? 0); line++) reported.add(line);
    }
    text.split('\n').forEach((line, index) => {
      const lineNumber = index + 1;
      // Guidance that names the marker in quotes ("TODO") is a mention, not a marker.
      const content = line.replace(/["“«]TODO["”»]/g, '');
      if (reported.has(lineNumber) || !TODO.test(content)) return;
      const todo = content.slice(content.search(TODO)).trim();
      const isComment = /(^|\s)#\s*TODO\b/.test(content) || /\{\/\*.*TODO/.test(content);
      add(
        'error',
        file,
        lineNumber,
        isComment
          ? `still has the note "${shorten(todo.replace(/\*\/\}\s*$/, '').trim())}": do what it asks, then delete the note`
          : `the text still holds the placeholder "${shorten(todo)}": replace it with the real text`,
      );
    });
  }

  // --- Per-entry rules that need the whole set: images, links, headings.
  const idsByKind = new Map<ContentKind, Set<string>>(
    contentKindNames.map((kind) => [
      kind,
      new Set(parsed.filter((entry) => entry.kind === kind).map((entry) => entry.id)),
    ]),
  );
  const sectionIds: Record<string, Set<string>> = {
    'case-studies': idsByKind.get('caseStudies')!,
    ip: idsByKind.get('ipGuides')!,
    companies: idsByKind.get('companies')!,
    'research-centres': idsByKind.get('researchCentres')!,
    expertise: new Set(vocabulary.expertiseAreas),
  };

  for (const entry of parsed) {
    const source = entry.source;
    const cover = entry.data?.['cover'] as { src: string } | undefined;
    if (cover && source) {
      checkImage(entry, cover.src, source.lineOf(['cover', 'src']), 'field "cover.src": ');
    }
    for (const image of entry.outline?.images ?? []) {
      if (image.alt.trim() === '') {
        add(
          'error',
          entry.file,
          image.line,
          `the image "${image.url}" has no description: write what it shows between the square brackets, ![like this](${image.url})`,
        );
      }
      if (!/^[a-z][a-z0-9+.-]*:/i.test(image.url) && !image.url.startsWith('//'))
        checkImage(entry, image.url, image.line, '');
    }
    for (const heading of entry.outline?.headings ?? []) {
      if (heading.depth === 1) {
        add(
          'error',
          entry.file,
          heading.line,
          'a heading with a single # repeats the page title: start headings with ## (and ### below them)',
        );
      }
    }
    for (const link of entry.outline?.links ?? []) checkSiteLink(entry, link.url, link.line);
    // Each comparison is a named region of the page: two with the same name cannot be told apart.
    const comparisons = (entry.outline?.components ?? []).filter((component) => component.name === 'Comparison');
    const seenNames = new Set<string>();
    for (const comparison of comparisons) {
      // Without a title, a comparison is named after the countries it compares: the same for all.
      const name = comparison.attributes['title'] ?? '';
      if (seenNames.has(name)) {
        add(
          'error',
          entry.file,
          comparison.line,
          `this page has ${comparisons.length} comparisons: give each its own title, e.g. <Comparison title="Costs in Italy and Switzerland">, so that screen-reader users can tell them apart`,
        );
      }
      seenNames.add(name);
    }
  }

  function checkImage(entry: ParsedFile, src: string, line: number | undefined, prefix: string) {
    if (src.startsWith('/')) {
      add(
        'error',
        entry.file,
        line,
        `${prefix}write the image path from this file's folder, e.g. ./${path.basename(src)}`,
      );
      return;
    }
    const absolute = path.resolve(path.dirname(entry.absolute), decodeURI(src));
    referencedImages.add(absolute);
    const problem = imageProblem(absolute, `"${src}"`);
    if (problem) add('error', entry.file, line, `${prefix}${problem}`);
  }

  function checkSiteLink(entry: ParsedFile, url: string, line: number | undefined) {
    if (!url.startsWith('/') || url.startsWith('//')) return;
    const pathname = url.split(/[?#]/)[0]!;
    const segments = pathname.split('/').filter(Boolean);
    const [first, section, id] = segments;
    const isLocalePrefix = (value: string | undefined): value is Locale =>
      (locales as readonly string[]).includes(value ?? '');
    if (!isLocalePrefix(first)) {
      if (first && (sectionIds[first] || (standingPageSlugs as readonly string[]).includes(first))) {
        add('error', entry.file, line, `the link "${url}" has no language: write /${entry.lang ?? 'it'}${pathname}`);
      }
      return;
    }
    if (entry.lang && first !== entry.lang) {
      add(
        'error',
        entry.file,
        line,
        `the link "${url}" leads to the ${languageNames[first]} site from the ${languageNames[entry.lang]} version: write /${entry.lang}/${segments.slice(1).join('/')}${pathname.endsWith('/') ? '/' : ''} (readers switch language with the button at the top)`,
      );
      return;
    }
    if (section === 'ip' && (ipSectionPages as readonly string[]).includes(id ?? '')) return;
    if (section && id && sectionIds[section] && segments.length === 3) {
      if (!sectionIds[section].has(id)) {
        const hint = closestMatch(id, [...sectionIds[section]]);
        add(
          'error',
          entry.file,
          line,
          `the link "${url}" leads to a page that does not exist: there is no "${id}" in /${first}/${section}/${hint ? ` (did you mean /${first}/${section}/${hint}/?)` : ''}`,
        );
      } else if (!pathname.endsWith('/')) {
        add('error', entry.file, line, `the link "${url}" needs a / at the end: /${first}/${section}/${id}/`);
      }
    }
  }

  // Images nobody uses: probably a typo in the entry that should show them.
  for (const kind of ['caseStudies', 'ipGuides', 'pages'] as const) {
    const folder = path.join(contentDir, contentKinds[kind].folder);
    for (const name of existsSync(folder) ? listFiles(folder, false, true) : []) {
      const absolute = path.join(folder, name);
      if (!IMAGE_EXTENSIONS.includes(path.extname(name).toLowerCase()) || referencedImages.has(absolute)) continue;
      add(
        'warning',
        relative(root, absolute),
        undefined,
        'no page uses this image: refer to it from an entry, or delete it',
      );
    }
  }

  // --- The comparison table: its rows point at guides, so it is checked once the guides are known.
  const comparison = checkIpComparison(contentDir, [...idsByKind.get('ipGuides')!].sort(), add);
  if (existsSync(path.join(contentDir, contentDataFiles.ipComparison))) fileCount++;

  // --- Facts: their files, where pages use them, typed figures, review dates.
  const factCheck = checkFacts({
    contentDir,
    mdxEntries: parsed
      .filter((entry) => contentKinds[entry.kind].extension === '.mdx')
      .map((entry) => ({ kind: entry.kind, file: entry.file, outline: entry.outline, frontMatter: entry.source })),
    comparison,
    codeTexts: [{ file: 'src/features/ip-decide/ip-decision.ts', texts: decisionTexts() }],
    now,
    strictFreshness,
    add,
  });
  fileCount += factCheck.reading.files.length;

  // --- Sources: public, complete addresses (every entry, the comparison, the facts).
  for (const entry of parsed) checkSourceUrls(entry.file, entry.source, add);
  if (comparison) checkSourceUrls(comparison.file, comparison.source, add);
  for (const [file, source] of factCheck.reading.sources) checkSourceUrls(file, source, add);
  for (const entry of parsed.filter((candidate) => candidate.kind === 'ipGuides')) {
    if ((ipSectionPages as readonly string[]).includes(entry.id)) {
      add(
        'error',
        entry.file,
        undefined,
        `the name "${entry.id}" is taken by the page /${entry.lang ?? 'it'}/ip/${entry.id}/: give the guide another file name`,
      );
    }
  }

  // --- Cross-entry rules, shared with the build.
  const storyTranslations: StoryTranslation[] = [];
  const guideTranslations: GuideTranslation[] = [];
  for (const entry of parsed) {
    if (!entry.data || !entry.lang) continue;
    if (entry.kind === 'caseStudies') {
      storyTranslations.push({
        file: entry.file,
        lang: entry.lang,
        slug: entry.id,
        data: entry.data as StoryTranslation['data'],
      });
    } else if (entry.kind === 'ipGuides') {
      guideTranslations.push({
        file: entry.file,
        lang: entry.lang,
        slug: entry.id,
        data: entry.data as GuideTranslation['data'],
      });
    }
  }
  const sourcesByFile = new Map(parsed.map((entry) => [entry.file, entry.source]));
  for (const text of findCrossEntryProblems({
    caseStudies: storyTranslations,
    ipGuides: guideTranslations,
    companyIds: [...idsByKind.get('companies')!],
    centreIds: [...idsByKind.get('researchCentres')!],
  })) {
    const { file, field, detail } = parseProblemText(text);
    const line = field ? sourcesByFile.get(file)?.lineOf(parseFieldPath(field)) : undefined;
    add('error', file, line, detail);
  }

  // --- The company directory: its rows may point at curated profiles, so it comes once they are known.
  fileCount += checkDirectory(root, contentDir, [...idsByKind.get('companies')!].sort(), add, drafts);

  // --- Duplicates: one profile per company or centre, one story per title.
  for (const kind of contentKindNames) {
    const info = contentKinds[kind];
    const seen = new Map<string, ParsedFile>();
    for (const entry of parsed.filter((candidate) => candidate.kind === kind && candidate.data)) {
      const name = String(entry.data![info.nameField]);
      const key = `${entry.lang ?? ''}:${comparableName(name)}`;
      const first = seen.get(key);
      if (!first) {
        seen.set(key, entry);
        continue;
      }
      add(
        'error',
        entry.file,
        entry.source?.lineOf([info.nameField]),
        `field "${info.nameField}": "${name}" is already used by ${first.file}: ` +
          (info.translated
            ? `each ${info.noun} needs its own ${info.nameField}, and its translations share the file name`
            : `each ${info.noun} has one file; edit that one instead`),
      );
    }
  }

  // --- Translations and standing pages.
  for (const kind of contentKindNames.filter((candidate) => contentKinds[candidate].translated)) {
    const info = contentKinds[kind];
    const entries = parsed.filter((entry) => entry.kind === kind);
    const bySlug = new Map<string, Map<Locale, ParsedFile>>();
    for (const entry of entries) {
      const versions = bySlug.get(entry.id) ?? new Map<Locale, ParsedFile>();
      versions.set(entry.lang!, entry);
      bySlug.set(entry.id, versions);
    }
    for (const [slug, versions] of bySlug) {
      if (versions.size === locales.length) continue;
      const [present] = [...versions.values()];
      const missing = locales.find((locale) => !versions.has(locale))!;
      const lonely = [...bySlug]
        .filter(([, other]) => other.size === 1 && !other.has(present!.lang!))
        .map(([other]) => other);
      const twin = closestMatch(slug, lonely);
      add(
        'warning',
        present!.file,
        undefined,
        `has no ${languageNames[missing]} version yet (content/${info.folder}/${missing}/${slug}.mdx): the ${languageNames[missing]} page shows this text with a "not translated yet" notice` +
          (twin
            ? `. If content/${info.folder}/${missing}/${twin}.mdx is its translation, give both files the same name`
            : ''),
      );
    }
    if (kind === 'pages') {
      for (const slug of standingPageSlugs) {
        if (!bySlug.has(slug))
          add(
            'error',
            `content/pages/it/${slug}.mdx`,
            undefined,
            `is missing: the site shows this page, in at least one language`,
          );
      }
      for (const [slug, versions] of bySlug) {
        if ((standingPageSlugs as readonly string[]).includes(slug)) continue;
        for (const entry of versions.values()) {
          add(
            'warning',
            entry.file,
            undefined,
            `the site has no page for "${slug}" (only ${standingPageSlugs.join(', ')}): ask a developer to add one, or move the text into an existing page`,
          );
        }
      }
    }
  }
  for (const entry of parsed.filter((candidate) => !contentKinds[candidate.kind].translated && candidate.data)) {
    const missing = missingTranslations(entry.data);
    for (const locale of locales) {
      const fields = missing[locale] ?? [];
      if (fields.length === 0) continue;
      const shown =
        fields
          .slice(0, 4)
          .map((field) => `"${field}"`)
          .join(', ') + (fields.length > 4 ? ` and ${fields.length - 4} more` : '');
      add(
        'warning',
        entry.file,
        entry.source?.lineOf(parseFieldPath(fields[0]!)),
        `${fields.length === 1 ? 'a text has' : `${fields.length} texts have`} no ${languageNames[locale]} version yet (${shown}): the ${languageNames[locale]} page shows the other language with a note`,
      );
    }
  }

  // --- Stale reviews: a warning, never an error.
  const staleBefore = monthsBefore(now, STALE_AFTER_MONTHS);
  for (const entry of parsed) {
    const reviewed = entry.data?.['reviewed'] as { date: Date } | undefined;
    if (!reviewed || reviewed.date >= staleBefore) continue;
    add(
      'warning',
      entry.file,
      entry.source?.lineOf(['reviewed', 'date']),
      `field "reviewed.date": last reviewed on ${isoDay(reviewed.date)}, more than ${STALE_AFTER_MONTHS} months ago: check the facts and sources, then set today's date`,
    );
  }

  return finish();

  function finish(): ContentCheckResult {
    const sorted = sortProblems(problems);
    return {
      errors: sorted.filter((problem) => problem.severity === 'error'),
      warnings: sorted.filter((problem) => problem.severity === 'warning'),
      fileCount,
      drafts,
      entries: inventory(parsed),
      taxonomies: taxonomyUsage(parsed),
      facts: factCheck.byReviewDate,
      durationMs: performance.now() - started,
    };
  }

  function taxonomyUsage(entries: readonly ParsedFile[]): TaxonomyUsage[] {
    const used = new Set<string>();
    const collect = (value: unknown) => {
      if (typeof value === 'string') used.add(value);
      else if (Array.isArray(value)) value.forEach(collect);
      else if (value && typeof value === 'object' && !(value instanceof Date)) Object.values(value).forEach(collect);
    };
    for (const entry of entries) collect(entry.data);
    return Object.entries(taxonomyFiles)
      .filter(([name]) => name !== 'regions')
      .map(([name, { file }]) => ({
        file: `content/taxonomies/${file}`,
        unused: (vocabulary[name as keyof typeof taxonomyFiles] as readonly string[]).filter((id) => !used.has(id)),
      }));
  }
}

/** Entries grouped across languages, for the editorial report. */
function inventory(files: readonly ParsedFile[]): InventoryEntry[] {
  const groups = new Map<string, ParsedFile[]>();
  for (const file of files) {
    if (!file.data) continue;
    const key = `${file.kind}:${file.id}`;
    groups.set(key, [...(groups.get(key) ?? []), file]);
  }
  return [...groups.values()].map((versions) => {
    const ordered = [...versions].sort((a, b) => (a.lang === 'it' ? -1 : b.lang === 'it' ? 1 : 0));
    const primary = ordered[0]!;
    const data = primary.data!;
    const info = contentKinds[primary.kind];
    const missingTexts = info.translated ? {} : missingTranslations(data);
    const references = (field: string) => ((data[field] as { id: string }[] | undefined) ?? []).map((ref) => ref.id);
    return {
      kind: primary.kind,
      id: primary.id,
      file: primary.file,
      title: String(data[info.nameField]),
      titles: Object.fromEntries(
        ordered
          .filter((version) => version.lang)
          .map((version) => [version.lang, String(version.data![info.nameField])]),
      ),
      lang: primary.lang,
      example: data['example'] === true,
      reviews: ordered.map((version) => {
        const reviewed = version.data!['reviewed'] as { date: Date; by: string };
        return { file: version.file, date: reviewed.date, by: reviewed.by };
      }),
      sources: Math.min(
        ...ordered.map((version) => ((version.data!['sources'] as unknown[] | undefined) ?? []).length),
      ),
      languages: info.translated
        ? ordered.map((version) => version.lang!)
        : locales.filter((locale) => (missingTexts[locale] ?? []).length === 0),
      missingTexts,
      companies: references('companies'),
      researchCentres: references('researchCentres'),
      toBeChecked: (data['toBeChecked'] as string[] | undefined) ?? [],
      toBeCheckedByLanguage: Object.fromEntries(
        ordered
          .filter((version) => version.lang)
          .map((version) => [version.lang, (version.data!['toBeChecked'] as string[] | undefined) ?? []]),
      ),
    };
  });
}

function shorten(text: string, length = 60): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > length ? `${oneLine.slice(0, length - 1)}…` : oneLine;
}

/** File names in a folder, sorted so results never depend on the file system. */
function listFiles(folder: string, includeDirectories = false, recursive = false): string[] {
  if (!existsSync(folder)) return [];
  const names = readdirSync(folder, { recursive, encoding: 'utf8' });
  return names
    .filter((name) => includeDirectories || !statSync(path.join(folder, name)).isDirectory())
    .map((name) => name.split(path.sep).join('/'))
    .sort();
}
