import path from 'node:path';
import type { Locale } from '#i18n/locales.ts';
import { contentKinds, ipSectionPages, type ContentKind } from '../content-kinds.ts';
import { defineRule } from '../rule.ts';

/** The file name an editor probably meant: lower case, no accents, hyphens between words. */
function suggestedId(id: string): string {
  return id
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const messages = {
  wrongExtension: (name: string, kind: ContentKind) => {
    const { extension: expected, noun } = contentKinds[kind];
    const extension = path.extname(name).toLowerCase();
    const base = name.slice(0, name.length - extension.length);
    const hint =
      (extension === '.md' || extension === '.markdown') && expected === '.mdx'
        ? `rename it to ${base}.mdx`
        : extension === '.yml' && expected === '.yaml'
          ? `rename it to ${base}.yaml`
          : `each ${noun} is one ${expected} file`;
    return `the site only reads ${expected} files here: ${hint}`;
  },
  badFileName: (name: string, kind: ContentKind) => {
    const { extension } = contentKinds[kind];
    const suggestion = suggestedId(name.slice(0, -extension.length));
    return `the file name "${name}" becomes the page address, so it may only contain lower-case letters, digits and hyphens: rename it to ${suggestion || 'a name like this'}${extension}`;
  },
  takenByPage: (id: string, lang: Locale | undefined) =>
    `the name "${id}" is taken by the page /${lang ?? 'it'}/ip/${id}/: give the guide another file name`,
};

export const fileNames = defineRule({
  id: 'file-names',
  summary: {
    en: 'File names become page addresses: the extension of their kind, lower-case letters, digits and hyphens, not the name of a page',
    it: "I nomi dei file diventano indirizzi di pagina: l'estensione del loro tipo, lettere minuscole, cifre e trattini, non il nome di una pagina",
  },
  fixtures: ['company-yml-extension', 'company-file-name-with-capitals', 'guide-named-like-a-page'],
  messages,
  check({ unread, entries }, report) {
    for (const { file, reason, kind } of unread) {
      if (!kind) continue;
      const name = path.basename(file);
      if (reason === 'wrong-extension') report('error', file, undefined, messages.wrongExtension(name, kind));
      if (reason === 'bad-file-name') report('error', file, undefined, messages.badFileName(name, kind));
    }
    for (const entry of entries) {
      if (entry.kind === 'ipGuides' && (ipSectionPages as readonly string[]).includes(entry.id)) {
        report('error', entry.file, undefined, messages.takenByPage(entry.id, entry.lang));
      }
    }
  },
});
