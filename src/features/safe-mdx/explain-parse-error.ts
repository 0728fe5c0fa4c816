/**
 * The MDX parser's messages are written for programmers ("Unexpected character `!` (U+0021)
 * before name…"). This turns the ones editors meet into plain words, keeping the line.
 */
import type { MdxProblem } from './find-unsafe-mdx.ts';

const explanations: { pattern: RegExp; explain: (match: RegExpExecArray) => string }[] = [
  {
    pattern: /Unexpected character `!` \(U\+0021\) before name/,
    explain: () =>
      'HTML comments <!-- … --> do not work in MDX: write a note to other editors as {/* note */}, or delete it',
  },
  {
    pattern: /Expected a closing tag for `<([^>`]*)>` \((\d+):\d+\)(?: before the end of `(\w+)`)?/,
    explain: (match) =>
      `<${match[1]}> (line ${match[2]}) is never closed: ` +
      (match[3] === 'paragraph'
        ? `put <${match[1]}> and </${match[1]}> on lines of their own, with the text between them`
        : `add </${match[1]}> on a line of its own after its content`),
  },
  {
    pattern: /Unexpected closing tag `<\/([^>`]*)>`, expected corresponding closing tag for `<([^>`]*)>` \((\d+):\d+\)/,
    explain: (match) =>
      `</${match[1]}> closes a tag that is not open: <${match[2]}> (line ${match[3]}) must be closed first with </${match[2]}>`,
  },
  {
    pattern: /Unexpected closing tag `<\/([^>`]*)>`, expected an open tag first/,
    explain: (match) => `</${match[1]}> closes a tag that was never opened: delete it, or add <${match[1]}> before`,
  },
  {
    pattern: /Unexpected character after `<`, expected a valid JSX tag/,
    explain: () =>
      'MDX reads "<" as the start of a tag. For a web link write [link text](https://…); to show the sign itself ' +
      'write \\< (or put a space after it)',
  },
  {
    pattern: /Unexpected end of file in expression, expected a corresponding closing brace for `\{`/,
    explain: () =>
      'MDX reads "{" as the start of JavaScript code, and this one is never closed. To show a curly brace as text ' +
      'write \\{ and \\}',
  },
  {
    pattern: /Unexpected (?:character|end of file)[^(]*in (?:attribute|tag|name)/i,
    explain: () =>
      'a tag is not written correctly: check the quotes around attribute values, e.g. <Callout type="tip" title="…">',
  },
];

/** `12:3: Expected a closing tag…` → the line and a plain explanation. */
export function explainMdxParseError(message: string): MdxProblem {
  const position = /^(\d+):(\d+):\s*/.exec(message);
  const line = position ? Number(position[1]) : undefined;
  const text = position ? message.slice(position[0].length) : message;
  for (const { pattern, explain } of explanations) {
    const match = pattern.exec(text);
    if (match) return { line, message: explain(match) };
  }
  const original = text.replace(/\s*\([a-z-]+:[a-z-]+\)\s*$/, '');
  return {
    line,
    message:
      `MDX cannot read the text here (${original}). Usually a "<" or "{" in the text, ` +
      'or a tag that is not closed, causes this',
  };
}
