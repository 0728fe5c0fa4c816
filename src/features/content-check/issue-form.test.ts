import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '#scripts/support/paths.ts';
import { issueFormFields, readIssueForm } from './issue-form.ts';
import { requestFromIssue } from './request-from-issue.ts';

const fields = issueFormFields(
  readFileSync(path.join(projectRoot, '.github/ISSUE_TEMPLATE/propose-request.yml'), 'utf8'),
);
const sample = readFileSync(path.join(projectRoot, 'tests/content-check/issue-forms/propose-request.md'), 'utf8');
const posters = { companyIds: ['tintoria-azzurrolago'], centreIds: ['supsi-isea'] };

describe('issue forms', () => {
  it('reads every field of the request form, and nothing from a markdown block', () => {
    expect(fields.map((field) => field.id)).toEqual([
      'kind',
      'title-it',
      'title-en',
      'summary-it',
      'summary-en',
      'sector',
      'expertise',
      'country',
      'expires',
      'posted-by',
      'contact',
      'sources',
    ]);
    expect(fields.find((field) => field.id === 'title-en')?.required).toBe(false);
  });

  it('reads answers by label and leaves "_No response_" out', () => {
    const { answers, problems } = readIssueForm(sample.replace(/\n/g, '\r\n'), fields);
    expect(problems).toEqual([]);
    expect(answers.get('country')).toBe('IT');
    expect(answers.has('title-en')).toBe(false);
    expect(answers.get('summary-it')).toContain('\nIl partner porta le prove');
  });

  it('names a missing required answer and a heading the form does not have', () => {
    const text =
      sample.replace('### Paese / Country\n\nIT', '### Paese / Country\n\n_No response_') + '\n### Budget\n\n10k\n';
    expect(readIssueForm(text, fields).problems).toEqual([
      '"### Budget" is not a field of the form; expected one of: ' + fields.map((field) => field.label).join(' | '),
      '"Paese / Country" is required but has no answer',
    ]);
    expect(readIssueForm('Just some text', fields).problems[0]).toContain('no "### " headings found');
  });

  it('turns answers into a request: option ids, id lists, poster, sources', () => {
    const text = sample
      .replace('\ndesk\n', '\nsupsi-isea\n')
      .replace(
        '### Fonti / Sources\n\n_No response_',
        '### Fonti / Sources\n\n- SUPSI – Istituto ISEA: https://www.supsi.ch/isea\nhttps://www.example.ch/news.',
      );
    const { answers, problems } = requestFromIssue(readIssueForm(text, fields), posters);
    expect(problems).toEqual([]);
    expect(answers).toMatchObject({
      kind: 'rd-partner-search',
      sectors: ['textiles', 'Mechatronics'],
      expertise: ['water-resource-efficiency'],
      postedBy: { researchCentre: 'supsi-isea' },
      contact: 'desk',
      sources: [
        { title: 'SUPSI – Istituto ISEA', url: 'https://www.supsi.ch/isea' },
        { title: undefined, url: 'https://www.example.ch/news' },
      ],
    });
  });

  it('refuses a date that is not a day, a country outside IT/CH and a source without an address', () => {
    const text = sample
      .replace('2027-06-30', '30/06/2027')
      .replace('### Paese / Country\n\nIT', '### Paese / Country\n\nItalia')
      .replace('### Fonti / Sources\n\n_No response_', '### Fonti / Sources\n\nthe company website');
    const { answers, problems } = requestFromIssue(readIssueForm(text, fields), posters);
    expect(answers).toBeUndefined();
    expect(problems).toEqual([
      '"Country" is "Italia": expected IT or CH',
      '"On the board until" is "30/06/2027": expected a day as YYYY-MM-DD, e.g. 2027-06-30',
      '"Sources" line "the company website" has no https:// address',
    ]);
  });
});

describe('the issue forms of the repository', () => {
  const formsDir = path.join(projectRoot, '.github/ISSUE_TEMPLATE');
  const forms = readdirSync(formsDir).filter((name) => name.endsWith('.yml') && name !== 'config.yml');

  it.each(forms)('%s has a name, a description and fields with unique ids and labels', (name) => {
    const text = readFileSync(path.join(formsDir, name), 'utf8');
    const form = parse(text) as { name?: string; description?: string; body?: unknown[] };
    expect(form.name, name).toBeTruthy();
    expect(form.description, name).toBeTruthy();
    const fields = issueFormFields(text);
    expect(fields.length, name).toBeGreaterThan(2);
    // Answers are read back by label (readIssueForm): two fields with one label could not be told apart.
    expect(new Set(fields.map((field) => field.label)).size, name).toBe(fields.length);
    expect(new Set(fields.map((field) => field.id)).size, name).toBe(fields.length);
    // Every item but the explanatory text is a field the reader sees.
    const items = (form.body ?? []) as { type?: string }[];
    expect(items.filter((item) => item.type !== 'markdown').length, name).toBe(fields.length);
  });
});
