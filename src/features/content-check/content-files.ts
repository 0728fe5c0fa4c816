/**
 * Which files under content/ are entries, and which the site would not read (with the reason),
 * found from names and folders alone: nothing is parsed here.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { FACTS_FOLDER } from '#features/facts/index.ts';
import { SEARCH_CONTENT_FOLDER } from '#schemas/search-synonyms.ts';
import { locales, type Locale } from '#i18n/locales.ts';
import { contentDataFiles, contentKindNames, contentKinds, ID_PATTERN, type ContentKind } from './content-kinds.ts';
import type { UnreadFile } from './context.ts';
import { DIRECTORY_FOLDER, REGISTERS_FOLDER } from './directory.ts';
import { taxonomyFiles } from './vocabulary.ts';

export const IMAGE_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif', '.svg'];

/**
 * The folders directly under content/ that the site reads. A function: the facts feature imports
 * this feature's readers, so FACTS_FOLDER is not yet defined while these modules load.
 */
export function contentFolders(): string[] {
  return [
    FACTS_FOLDER,
    'taxonomies',
    DIRECTORY_FOLDER,
    REGISTERS_FOLDER,
    SEARCH_CONTENT_FOLDER,
    ...contentKindNames.map((kind) => contentKinds[kind].folder),
  ];
}

/** The vocabulary files the site reads, in content/taxonomies/. */
export const vocabularyFileNames = Object.values(taxonomyFiles).map(({ file }) => file);

export interface EntryCandidate {
  kind: ContentKind;
  absolute: string;
  file: string;
  id: string;
  lang: Locale | undefined;
}

export interface ContentFiles {
  entries: EntryCandidate[];
  unread: UnreadFile[];
  drafts: string[];
  /** Image files in the folders of the kinds that show images (absolute paths). */
  imageFiles: string[];
}

export function relativeToRoot(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/');
}

/** File names in a folder, sorted so results never depend on the file system. */
export function listFiles(folder: string, includeDirectories = false, recursive = false): string[] {
  if (!existsSync(folder)) return [];
  const names = readdirSync(folder, { recursive, encoding: 'utf8' });
  return names
    .filter((name) => includeDirectories || !statSync(path.join(folder, name)).isDirectory())
    .map((name) => name.split(path.sep).join('/'))
    .sort();
}

export function findContentFiles(root: string, contentDir: string): ContentFiles {
  const found: ContentFiles = { entries: [], unread: [], drafts: [], imageFiles: [] };
  const knownFolders = new Set(contentFolders());
  const knownDataFiles = new Set<string>(Object.values(contentDataFiles));
  for (const name of listFiles(contentDir, true)) {
    if (name.startsWith('.')) continue;
    if (statSync(path.join(contentDir, name)).isDirectory()) {
      if (!knownFolders.has(name)) found.unread.push({ file: `content/${name}/`, reason: 'unknown-folder' });
    } else if (!knownDataFiles.has(name)) {
      found.unread.push({ file: `content/${name}`, reason: 'file-in-content' });
    }
  }
  const vocabularies = new Set<string>(vocabularyFileNames);
  for (const name of listFiles(path.join(contentDir, 'taxonomies'))) {
    if (!vocabularies.has(name) && !name.startsWith('.')) {
      found.unread.push({ file: `content/taxonomies/${name}`, reason: 'unknown-vocabulary-file' });
    }
  }
  for (const kind of contentKindNames) collectKind(root, contentDir, kind, found);
  for (const kind of ['caseStudies', 'ipGuides', 'pages'] as const) {
    const folder = path.join(contentDir, contentKinds[kind].folder);
    for (const name of listFiles(folder, false, true)) {
      if (IMAGE_EXTENSIONS.includes(path.extname(name).toLowerCase())) found.imageFiles.push(path.join(folder, name));
    }
  }
  return found;
}

function collectKind(root: string, contentDir: string, kind: ContentKind, found: ContentFiles): void {
  const info = contentKinds[kind];
  const folder = path.join(contentDir, info.folder);
  const candidates: { absolute: string; lang: Locale | undefined }[] = [];
  for (const name of listFiles(folder, true)) {
    if (name.startsWith('.')) continue;
    const absolute = path.join(folder, name);
    const file = relativeToRoot(root, absolute);
    const isDirectory = statSync(absolute).isDirectory();
    if (info.translated && isDirectory && (locales as readonly string[]).includes(name)) {
      for (const inner of listFiles(absolute)) {
        if (!inner.startsWith('.')) candidates.push({ absolute: path.join(absolute, inner), lang: name as Locale });
      }
    } else if (isDirectory) {
      found.unread.push({
        file: `${file}/`,
        reason: info.translated ? 'not-a-language-folder' : 'folder-in-kind',
        kind,
      });
    } else if (info.translated && name.endsWith(info.extension)) {
      found.unread.push({ file, reason: 'not-in-language-folder', kind });
    } else {
      candidates.push({ absolute, lang: undefined });
    }
  }
  for (const { absolute, lang } of candidates) {
    const file = relativeToRoot(root, absolute);
    const name = path.basename(absolute);
    const extension = path.extname(name).toLowerCase();
    if (IMAGE_EXTENSIONS.includes(extension)) continue; // checked when an entry uses it
    if (name.startsWith('_')) {
      found.drafts.push(file);
    } else if (extension !== info.extension) {
      found.unread.push({ file, reason: 'wrong-extension', kind });
    } else {
      const id = name.slice(0, -info.extension.length);
      if (ID_PATTERN.test(id)) found.entries.push({ kind, absolute, file, id, lang });
      else found.unread.push({ file, reason: 'bad-file-name', kind });
    }
  }
}
