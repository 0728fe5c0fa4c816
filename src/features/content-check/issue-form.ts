/**
 * The answers of a GitHub issue form, read back from the issue's text. GitHub writes each field
 * of the form as a "### <label>" heading followed by the answer ("_No response_" when an optional
 * field is left empty). The labels come from the form's own file in .github/ISSUE_TEMPLATE/, so
 * the form and this reader cannot drift apart.
 */
import { parse } from 'yaml';

export interface IssueFormField {
  id: string;
  label: string;
  required: boolean;
}

export interface IssueFormAnswers {
  /** Answer by field id; a field left empty has no entry. */
  answers: Map<string, string>;
  problems: string[];
}

interface TemplateItem {
  type?: string;
  id?: string;
  attributes?: { label?: string };
  validations?: { required?: boolean };
}

/** The fields an editor answers, from the text of an issue-form template (markdown blocks have none). */
export function issueFormFields(templateText: string): IssueFormField[] {
  const template = parse(templateText) as { body?: TemplateItem[] } | null;
  return (template?.body ?? [])
    .filter((item) => item.type !== 'markdown' && item.id && item.attributes?.label)
    .map((item) => ({
      id: item.id as string,
      label: (item.attributes?.label as string).trim(),
      required: item.validations?.required === true,
    }));
}

const EMPTY = '_No response_';

/** Reads an issue's text against the form's fields: unknown headings and missing answers are problems. */
export function readIssueForm(issueText: string, fields: readonly IssueFormField[]): IssueFormAnswers {
  const byLabel = new Map(fields.map((field) => [field.label, field]));
  const answers = new Map<string, string>();
  const problems: string[] = [];
  const sections = issueText.replace(/\r\n?/g, '\n').split(/^### /m).slice(1);
  if (sections.length === 0) {
    return {
      answers,
      problems: [
        'no "### " headings found: save the text of the issue itself (the form answers GitHub shows), not its page',
      ],
    };
  }
  for (const section of sections) {
    const newline = section.indexOf('\n');
    const label = (newline === -1 ? section : section.slice(0, newline)).trim();
    const answer = newline === -1 ? '' : section.slice(newline + 1).trim();
    const field = byLabel.get(label);
    if (!field) {
      problems.push(`"### ${label}" is not a field of the form; expected one of: ${[...byLabel.keys()].join(' | ')}`);
      continue;
    }
    if (answer !== '' && answer !== EMPTY) answers.set(field.id, answer);
  }
  for (const field of fields) {
    if (field.required && !answers.has(field.id)) problems.push(`"${field.label}" is required but has no answer`);
  }
  return { answers, problems };
}
