import { defineRule } from '../rule.ts';

const messages = {
  missing: (url: string) =>
    `the image "${url}" has no description: write what it shows between the square brackets, ![like this](${url})`,
};

export const imageDescriptions = defineRule({
  id: 'image-descriptions',
  summary: {
    en: 'Every image in a text says what it shows, for people who cannot see it',
    it: 'Ogni immagine in un testo dice che cosa mostra, per chi non può vederla',
  },
  fixtures: ['mdx-image-without-alt'],
  messages,
  check({ entries }, report) {
    for (const entry of entries) {
      for (const image of entry.outline?.images ?? []) {
        if (image.alt.trim() === '') report('error', entry.file, image.line, messages.missing(image.url));
      }
    }
  },
});
