import { fieldPath } from '#schemas/format-issues.ts';
import { defineRule, type Report } from '../rule.ts';
import type { YamlSource } from '../yaml-source.ts';

const TODO = /\bTODO\b/;

function shorten(text: string, length = 60): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > length ? `${oneLine.slice(0, length - 1)}…` : oneLine;
}

const messages = {
  inField: (field: string, value: string) =>
    `field "${field}": still holds the placeholder "${shorten(value)}": replace it with the real ${field.endsWith('url') ? 'address' : 'text'}`,
  note: (todo: string) =>
    `still has the note "${shorten(todo.replace(/\*\/\}\s*$/, '').trim())}": do what it asks, then delete the note`,
  inText: (todo: string) => `the text still holds the placeholder "${shorten(todo)}": replace it with the real text`,
};

/** Placeholders the scaffolder writes ("TODO: …") must all be replaced before publishing. */
function checkFile(file: string, text: string, source: YamlSource | undefined, report: Report) {
  const reported = new Set<number>();
  for (const scalar of source?.scalars() ?? []) {
    if (!TODO.test(scalar.value)) continue;
    report('error', file, scalar.line, messages.inField(fieldPath(scalar.path), scalar.value));
    for (let line = scalar.line ?? 0; line <= (scalar.endLine ?? 0); line++) reported.add(line);
  }
  text.split('\n').forEach((line, index) => {
    const lineNumber = index + 1;
    // Guidance that names the marker in quotes ("TODO") is a mention, not a marker.
    const content = line.replace(/["“«]TODO["”»]/g, '');
    if (reported.has(lineNumber) || !TODO.test(content)) return;
    const todo = content.slice(content.search(TODO)).trim();
    const isComment = /(^|\s)#\s*TODO\b/.test(content) || /\{\/\*.*TODO/.test(content);
    report('error', file, lineNumber, isComment ? messages.note(todo) : messages.inText(todo));
  });
}

export const placeholders = defineRule({
  id: 'placeholders',
  summary: {
    en: 'No `TODO` placeholder or note is left in an entry or a vocabulary',
    it: 'In schede e vocabolari non resta alcun segnaposto o nota `TODO`',
  },
  fixtures: ['company-todo-left', 'mdx-todo-left'],
  messages,
  check({ entries, vocabularies }, report) {
    for (const entry of entries) checkFile(entry.file, entry.text, entry.source, report);
    for (const { file, text, source } of vocabularies.files)
      if (text !== undefined) checkFile(file, text, source, report);
  },
});
