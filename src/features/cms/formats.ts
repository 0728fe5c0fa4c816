/**
 * How the CMS reads and writes content files, registered by the admin script as custom formats.
 * Decap's own formats write an empty optional field as `null` or "" (a select left empty, a group
 * with nothing in it), which the schemas refuse; these leave such fields out, as an editor would.
 * - "mdx-frontmatter": a story, guide or page: YAML front matter, then the MDX text (`body`).
 * - "yaml-entry": one entry per YAML file (companies, centres, calls, events, requests).
 * - "yaml-list": a YAML file that is one list (facts, the comparison, a taxonomy), shown to the
 *   CMS as { notes, items }: the comment lines at its top and its entries.
 * Runs in the browser and in Node (tests): only the `yaml` package.
 */
import { parse, stringify } from 'yaml';

export const FORMATS = { mdx: 'mdx-frontmatter', entry: 'yaml-entry', list: 'yaml-list' } as const;

/** The field that holds a list file's entries, and the one for its leading comments. */
export const LIST_FIELD = 'items';
export const NOTES_FIELD = 'notes';

type Data = Record<string, unknown>;

/** Decap hands over Immutable.js values in some versions, plain objects in others. */
export function plain(data: unknown): unknown {
  const candidate = data as { toJS?: () => unknown } | null;
  return candidate && typeof candidate.toJS === 'function' ? candidate.toJS() : data;
}

/** Drops what an editor left empty: null, "", empty lists and groups, recursively. */
export function withoutEmpty(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(withoutEmpty).filter((item) => item !== undefined);
    return items.length > 0 ? items : undefined;
  }
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const entries = Object.entries(value)
      .map(([key, item]) => [key, withoutEmpty(item)] as const)
      .filter(([, item]) => item !== undefined);
    return entries.length > 0 ? Object.fromEntries(entries) : undefined;
  }
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string' && value.trim() === '') return undefined;
  return value;
}

/** The fields in the order the collection lists them (Decap passes it), others after. */
function ordered(data: Data, sortedKeys: readonly string[] = []): Data {
  const keys = [
    ...sortedKeys.filter((key) => key in data),
    ...Object.keys(data).filter((key) => !sortedKeys.includes(key)),
  ];
  return Object.fromEntries(keys.map((key) => [key, data[key]]));
}

const yamlText = (data: unknown) => stringify(data, { lineWidth: 0 });

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

export const mdxFrontmatter = {
  fromFile(content: string): Data {
    const match = FRONT_MATTER.exec(content);
    if (!match) return { body: content };
    return { ...((parse(match[1]!) as Data | null) ?? {}), body: match[2] ?? '' };
  },
  toFile(data: unknown, sortedKeys?: readonly string[]): string {
    const { body, ...fields } = (withoutEmpty(plain(data)) ?? {}) as Data;
    const text = typeof body === 'string' ? body.trim() : '';
    return `---\n${yamlText(ordered(fields, sortedKeys))}---\n${text ? `\n${text}\n` : ''}`;
  },
};

export const yamlEntry = {
  fromFile: (content: string): Data => (parse(content) as Data | null) ?? {},
  toFile: (data: unknown, sortedKeys?: readonly string[]): string =>
    yamlText(ordered((withoutEmpty(plain(data)) ?? {}) as Data, sortedKeys)),
};

export const yamlList = {
  fromFile(content: string): Data {
    const header = /^(?:#.*\n|[ \t]*\n)*/.exec(content)?.[0] ?? '';
    const notes = header
      .split('\n')
      .filter((line) => line.startsWith('#'))
      .map((line) => line.replace(/^# ?/, ''))
      .join('\n');
    return { [NOTES_FIELD]: notes, [LIST_FIELD]: (parse(content) as unknown[] | null) ?? [] };
  },
  toFile(data: unknown): string {
    const { [NOTES_FIELD]: notes, [LIST_FIELD]: items } = (plain(data) ?? {}) as Data;
    const comment =
      typeof notes === 'string' && notes.trim() !== ''
        ? `${notes
            .trimEnd()
            .split('\n')
            .map((line) => (line.trim() ? `# ${line}` : '#'))
            .join('\n')}\n\n`
        : '';
    return comment + yamlText(withoutEmpty(items) ?? []);
  },
};
