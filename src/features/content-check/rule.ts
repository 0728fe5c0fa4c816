/**
 * What a rule of the content check is: one kind of mistake, checked on the content read once
 * (./context.ts), with the messages it gives. The registry (./rules/index.ts) lists every rule.
 */
import type { Locale } from '#i18n/locales.ts';
import type { ContentContext } from './context.ts';
import type { Severity } from './problem.ts';

/** The same shape as the `add` callbacks of the shared checks (facts, sources, directory). */
export type Report = (severity: Severity, file: string, line: number | undefined, detail: string) => void;

type MessageBuilders = Readonly<Record<string, (...args: never[]) => string>>;

export interface Rule<Messages extends MessageBuilders> {
  /** Kebab-case; shown in CONTRIBUTING.md and carried by every problem the rule finds. */
  id: string;
  /** One line: what the rule checks (the table in CONTRIBUTING.md and CONTRIBUTING.it.md). */
  summary: Readonly<Record<Locale, string>>;
  /** Folders of tests/content-check/fixtures/ whose content this rule finds wrong. */
  fixtures: readonly string[];
  /** The rule's messages, in the words editors read. */
  messages: Messages;
  /** Reports every problem it finds; skips only what it cannot read (a file that did not parse). */
  check: (context: ContentContext, report: Report) => void;
}

/** Any rule, whatever its messages. */
export type AnyRule = Rule<MessageBuilders>;

/** Keeps the types of a rule's message builders while checking the rest of its shape. */
export function defineRule<Messages extends MessageBuilders>(rule: Rule<Messages>): Rule<Messages> {
  return rule;
}
