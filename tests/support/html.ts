/**
 * Just enough HTML reading for the build checks: start tags and their attributes. No HTML parser
 * is a declared dependency, and the generated markup is regular, so careful regexes do.
 */

export interface Tag {
  /** Lower-case tag name. */
  name: string;
  /** Attribute values with character references decoded; a bare attribute has the value "". */
  attributes: Map<string, string>;
}

const namedEntities: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity.startsWith('#x') || entity.startsWith('#X')) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(parseInt(entity.slice(1), 10));
    return namedEntities[entity.toLowerCase()] ?? whole;
  });
}

/** Drops comments and the bodies of script and style elements, whose text is not markup. */
function markupOnly(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/(<script\b[^>]*>)[\s\S]*?(<\/script\s*>)/gi, '$1$2')
    .replace(/(<style\b[^>]*>)[\s\S]*?(<\/style\s*>)/gi, '$1$2');
}

// A start tag: name, then attributes whose quoted values may contain ">".
const START_TAG =
  /<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?|\s*\/)*)\s*>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

export function parseTags(html: string): Tag[] {
  const tags: Tag[] = [];
  for (const match of markupOnly(html).matchAll(START_TAG)) {
    const attributes = new Map<string, string>();
    for (const attribute of (match[2] ?? '').matchAll(ATTRIBUTE)) {
      const name = attribute[1]!.toLowerCase();
      // The first occurrence wins, as in browsers.
      if (attributes.has(name)) continue;
      attributes.set(name, decodeEntities(attribute[2] ?? attribute[3] ?? attribute[4] ?? ''));
    }
    tags.push({ name: match[1]!.toLowerCase(), attributes });
  }
  return tags;
}

/** The lang attribute of the <html> element, if any. */
export function htmlLang(tags: readonly Tag[]): string | undefined {
  return tags.find((tag) => tag.name === 'html')?.attributes.get('lang');
}

/** Every fragment target of a page: id attributes, plus name on <a> (legacy anchors). */
export function fragmentTargets(tags: readonly Tag[]): Set<string> {
  const targets = new Set<string>();
  for (const tag of tags) {
    const id = tag.attributes.get('id');
    if (id) targets.add(id);
    const name = tag.name === 'a' ? tag.attributes.get('name') : undefined;
    if (name) targets.add(name);
  }
  return targets;
}

/** The URLs of a srcset value, following the HTML spec's candidate splitting (URLs may hold commas). */
export function srcsetUrls(srcset: string): string[] {
  const urls: string[] = [];
  let position = 0;
  while (position < srcset.length) {
    while (position < srcset.length && /[\s,]/.test(srcset[position]!)) position++;
    if (position >= srcset.length) break;
    let end = position;
    while (end < srcset.length && !/\s/.test(srcset[end]!)) end++;
    let url = srcset.slice(position, end);
    position = end;
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
    } else {
      // Skip the descriptors ("640w", "2x") up to the next comma.
      while (position < srcset.length && srcset[position] !== ',') position++;
    }
    if (url) urls.push(url);
  }
  return urls;
}
