/**
 * What a component's table rows need for the stacked layout (src/ui/styles/tables.css): ARIA roles,
 * which keep the table semantics once CSS displays the cells as blocks, and each cell's column
 * heading in data-label, which the CSS shows above the value. Works on the rows' rendered HTML
 * (the slot of src/ui/ScrollingTable.astro), so the components that write the rows stay as they are.
 */

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Adds role and data-label to every <tr>, <th> and <td> opening tag of rendered rows. The rows come
 * from our own components: one level of cells per row, no nested tables, no ">" inside an opening
 * tag's attributes.
 */
export function labelRows(html: string, columns: readonly string[]): string {
  let column = 0;
  return html.replace(/<(tr|td|th)(?=[\s>])([^>]*)>/g, (_tag, name: string, attributes: string) => {
    if (name === 'tr') {
      column = 0;
      return `<tr${attributes} role="row">`;
    }
    const label = columns[column];
    column += Number(/\bcolspan="(\d+)"/.exec(attributes)?.[1] ?? 1);
    const role = name === 'td' ? 'cell' : /\bscope="row"/.test(attributes) ? 'rowheader' : 'columnheader';
    const dataLabel = label === undefined ? '' : ` data-label="${escapeAttribute(label)}"`;
    return `<${name}${attributes} role="${role}"${dataLabel}>`;
  });
}
