/**
 * Tables in editors' Markdown and MDX get the stacked layout of src/ui/styles/tables.css: the
 * class, ARIA roles that keep the table semantics when phones display the cells as blocks, each
 * body cell's column heading in data-label, and the first cell of each body row as its row header
 * (<th scope="row">: the aspect a comparison row is about). A hast plugin for Astro's Sätteri pipeline.
 */
import type { Element, ElementContent } from 'hast';
import type { HastPluginDefinition } from 'satteri';

const isElement = (node: ElementContent, ...names: string[]): node is Element =>
  node.type === 'element' && names.includes(node.tagName);

export function stackedTablesPlugin(): HastPluginDefinition {
  return {
    name: 'pmi-hub-stacked-tables',
    element: {
      filter: ['table'],
      visit(table, context) {
        const sections = table.children.filter((child) => isElement(child, 'thead', 'tbody'));
        const head = sections.find((section) => section.tagName === 'thead');
        const headings = (head?.children.find((row) => isElement(row, 'tr')) as Element | undefined)?.children
          .filter((cell) => isElement(cell, 'th', 'td'))
          .map((cell) => context.textContent(cell).trim());
        if (!headings || headings.length === 0) return;

        const classes = Array.isArray(table.properties['className']) ? table.properties['className'] : [];
        context.setProperty(table, 'className', [...classes, 'stack-table']);
        context.setProperty(table, 'role', 'table');
        for (const section of sections) {
          context.setProperty(section, 'role', 'rowgroup');
          for (const row of section.children.filter((child) => isElement(child, 'tr'))) {
            context.setProperty(row, 'role', 'row');
            const cells = row.children.filter((cell) => isElement(cell, 'th', 'td'));
            cells.forEach((cell, index) => {
              if (section === head) {
                context.setProperty(cell, 'scope', 'col');
                context.setProperty(cell, 'role', 'columnheader');
                return;
              }
              const properties = { ...cell.properties, dataLabel: headings[index] ?? '' };
              if (index === 0) {
                context.replaceNode(cell, {
                  type: 'element',
                  tagName: 'th',
                  properties: { ...properties, scope: 'row', role: 'rowheader' },
                  children: cell.children,
                });
              } else {
                for (const [key, value] of Object.entries({ ...properties, role: 'cell' }))
                  context.setProperty(cell, key, value);
              }
            });
          }
        }
      },
    },
  };
}
