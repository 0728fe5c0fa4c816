import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { stackedTablesPlugin } from './markdown-plugin.ts';
import { labelRows } from './rows.ts';

/** The plugin's visitor is synchronous, so the result is too. */
const markdown = (source: string) =>
  (
    markdownToHtml(source, { hastPlugins: [stackedTablesPlugin()] }) as Exclude<
      ReturnType<typeof markdownToHtml>,
      Promise<unknown>
    >
  ).html;

describe('tables in Markdown', () => {
  const html = markdown(
    '| Aspect | Italy (UIBM) | Switzerland |\n| --- | --- | --- |\n| Term | up to **25 years** | 25 years |\n| Fee | per table | CHF 200 |\n',
  );

  it('keep their table semantics in explicit roles', () => {
    expect(html).toMatch(/<table class="stack-table" role="table">/);
    expect(html.match(/role="rowgroup"/g)).toHaveLength(2);
    expect(html.match(/<tr role="row">/g)).toHaveLength(3);
    expect(html.match(/<th scope="col" role="columnheader">/g)).toHaveLength(3);
  });

  it('name each body cell by its column heading, the first as the row header', () => {
    expect(html).toContain('<th data-label="Aspect" scope="row" role="rowheader">Term</th>');
    expect(html).toContain('<td data-label="Italy (UIBM)" role="cell">up to <strong>25 years</strong></td>');
    expect(html).toContain('<td data-label="Switzerland" role="cell">CHF 200</td>');
    expect(html).not.toMatch(/<td[^>]*>Term/);
  });

  it('leave a table without headings alone', () => {
    expect(markdown('plain text, no table')).not.toContain('stack-table');
  });
});

describe('rows rendered by a component', () => {
  it('get roles and their column heading, escaped', () => {
    const rows =
      '<tr class="a"><th scope="row"><a href="/x/">X</a></th><td data-astro-cid-1>2</td><td>3</td></tr><tr><th scope="row">Y</th><td colspan="2">4</td></tr>';
    expect(labelRows(rows, ['Name', 'Before "TRL"', 'After'])).toBe(
      '<tr class="a" role="row"><th scope="row" role="rowheader" data-label="Name"><a href="/x/">X</a></th>' +
        '<td data-astro-cid-1 role="cell" data-label="Before &quot;TRL&quot;">2</td><td role="cell" data-label="After">3</td></tr>' +
        '<tr role="row"><th scope="row" role="rowheader" data-label="Name">Y</th><td colspan="2" role="cell" data-label="Before &quot;TRL&quot;">4</td></tr>',
    );
  });

  it('leave other tags alone', () => {
    expect(labelRows('<thead><track><tbody>', ['A'])).toBe('<thead><track><tbody>');
  });
});
