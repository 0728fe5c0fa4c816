/** Search excerpts as DOM nodes: only Pagefind's <mark> survives, every other text stays text. */
import { element } from '#ui/element.ts';

/**
 * Pagefind excerpts are HTML-escaped text with <mark> around the words found; anything else
 * would be a bug, so only <mark> survives.
 */
export function excerptNode(excerpt: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const parts = excerpt.split(/(<mark>|<\/mark>)/);
  let marking = false;
  for (const part of parts) {
    if (part === '<mark>') marking = true;
    else if (part === '</mark>') marking = false;
    else if (part !== '') {
      fragment.append(marking ? element('mark', {}, decodeEntities(part)) : decodeEntities(part));
    }
  }
  return fragment;
}

const decoder = document.createElement('textarea');

/** Turns "&amp;" back into "&" without parsing any markup (and keeps leading spaces). */
function decodeEntities(text: string): string {
  decoder.innerHTML = text;
  return decoder.value;
}
