import { contentKinds, type ContentKind } from '../content-kinds.ts';
import { contentFolders, vocabularyFileNames } from '../content-files.ts';
import type { UnreadReason } from '../context.ts';
import type { Severity } from '../problem.ts';
import { defineRule } from '../rule.ts';

const folderOf = (kind: ContentKind) => contentKinds[kind].folder;

const messages = {
  contentFolderMissing: () => 'the content folder is missing',
  unknownFolder: () => `the site does not read this folder; content folders are ${contentFolders().join(', ')}`,
  fileInContent: () => 'the site does not read files directly in content/: move it into the folder of its kind',
  unknownVocabularyFile: () =>
    `the site does not read this file; the vocabularies are ${vocabularyFileNames.join(', ')}`,
  notALanguageFolder: (kind: ContentKind) =>
    `the site only reads the language folders it/ and en/ here: move these files into content/${folderOf(kind)}/it/ or content/${folderOf(kind)}/en/`,
  folderInKind: (kind: ContentKind) =>
    `the site does not read folders here: put each ${contentKinds[kind].noun} directly in content/${folderOf(kind)}/`,
  notInLanguageFolder: (kind: ContentKind) =>
    `is not in a language folder: move it to content/${folderOf(kind)}/it/ or content/${folderOf(kind)}/en/`,
};

/** Files left out for their name are the file-names rule's. */
function problemOf(reason: UnreadReason, kind: ContentKind | undefined): [Severity, string] | undefined {
  switch (reason) {
    case 'unknown-folder':
      return ['warning', messages.unknownFolder()];
    case 'file-in-content':
      return ['warning', messages.fileInContent()];
    case 'unknown-vocabulary-file':
      return ['warning', messages.unknownVocabularyFile()];
    case 'not-a-language-folder':
      return kind && ['error', messages.notALanguageFolder(kind)];
    case 'folder-in-kind':
      return kind && ['error', messages.folderInKind(kind)];
    case 'not-in-language-folder':
      return kind && ['error', messages.notInLanguageFolder(kind)];
    default:
      return undefined;
  }
}

export const contentLayout = defineRule({
  id: 'content-layout',
  summary: {
    en: 'Every file is in a folder the site reads: the folder of its kind, and for texts the `it/` or `en/` folder',
    it: 'Ogni file è in una cartella che il sito legge: quella del suo tipo e, per i testi, la cartella `it/` o `en/`',
  },
  fixtures: ['story-outside-language-folder', 'content-unknown-folder'],
  messages,
  check({ unread }, report) {
    for (const { file, reason, kind } of unread) {
      const found = problemOf(reason, kind);
      if (found) report(found[0], file, undefined, found[1]);
    }
  },
});
