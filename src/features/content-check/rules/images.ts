import path from 'node:path';
import { relativeToRoot } from '../content-files.ts';
import type { EntryFile } from '../context.ts';
import { imageProblem } from '../images.ts';
import { defineRule } from '../rule.ts';

const messages = {
  pathFromSite: (prefix: string, src: string) =>
    `${prefix}write the image path from this file's folder, e.g. ./${path.basename(src)}`,
  unused: () => 'no page uses this image: refer to it from an entry, or delete it',
};

const isRemote = (url: string) => /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//');

export const images = defineRule({
  id: 'images',
  summary: {
    en: 'Every image an entry shows exists next to it, as JPEG, PNG, WebP or AVIF, small enough; every image file is used',
    it: "Ogni immagine di una scheda esiste accanto al file, in JPEG, PNG, WebP o AVIF, non troppo grande; ogni file d'immagine è usato",
  },
  fixtures: ['story-cover-missing', 'story-cover-svg', 'story-cover-too-large'],
  // What is wrong with an image file is worded by ../images.ts.
  messages,
  check({ root, entries, imageFiles }, report) {
    const used = new Set<string>();
    const checkImage = (entry: EntryFile, src: string, line: number | undefined, prefix: string) => {
      if (src.startsWith('/')) {
        report('error', entry.file, line, messages.pathFromSite(prefix, src));
        return;
      }
      const absolute = path.resolve(path.dirname(entry.absolute), decodeURI(src));
      used.add(absolute);
      const problem = imageProblem(absolute, `"${src}"`);
      if (problem) report('error', entry.file, line, `${prefix}${problem}`);
    };
    for (const entry of entries) {
      // An image named by a file with other errors is still "used": no second, misleading warning.
      const coverSrc = (entry.raw as { cover?: { src?: unknown } } | null | undefined)?.cover?.src;
      if (typeof coverSrc === 'string') used.add(path.resolve(path.dirname(entry.absolute), coverSrc));
      const cover = entry.fields['cover'] as { src: string } | undefined;
      if (cover && entry.source)
        checkImage(entry, cover.src, entry.source.lineOf(['cover', 'src']), 'field "cover.src": ');
      for (const image of entry.outline?.images ?? [])
        if (!isRemote(image.url)) checkImage(entry, image.url, image.line, '');
    }
    // Images nobody uses: probably a typo in the entry that should show them.
    for (const absolute of imageFiles) {
      if (!used.has(absolute)) report('warning', relativeToRoot(root, absolute), undefined, messages.unused());
    }
  },
});
