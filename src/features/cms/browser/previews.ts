/**
 * Previews in the site's own styles: a story, guide or page is shown with the title, the lead and
 * the text as the site sets them. MDX components have no code in the preview: each shows as a
 * labelled box (Callout, Steps, Comparison) or its id (Fact, FeeSchedule), so the text stays readable.
 */
import { createClass, h, type DecapCms, type EntryProps } from './decap.ts';

/** The raw tags the Markdown preview leaves for MDX components (HTML lower-cases them). */
export const placeholderStyles = `
body { margin: 0; padding: 1.5rem; }
fact::before, feeschedule::before { content: "⟨" attr(id) "⟩"; font-weight: 600; }
callout, steps, comparison { display: block; margin: 1rem 0; padding: 0.75rem 1rem; border-left: 4px solid currentColor; }
callout::before { content: attr(type) ": " attr(title); display: block; font-weight: 700; }
comparison::before { content: "Comparison: " attr(title); display: block; font-weight: 700; }
feeschedule { display: block; margin: 1rem 0; }
.mdx-placeholder { border-left: 4px solid currentColor; padding: 0.5rem 1rem; white-space: pre-wrap; }
`;

const text = (props: EntryProps, name: string) => {
  const value = props.entry.getIn(['data', name]);
  return typeof value === 'string' ? value : '';
};

function pageTemplate(eyebrow: string) {
  return createClass({
    render(this: { props: EntryProps }) {
      const props = this.props;
      return h(
        'main',
        { className: 'container' },
        h(
          'div',
          { className: 'page-header' },
          h('p', { className: 'eyebrow' }, eyebrow),
          h('h1', null, text(props, 'title')),
          h('p', { className: 'lead' }, text(props, 'summary')),
        ),
        h('article', { className: 'prose' }, props.widgetFor('body')),
      );
    },
  });
}

export function registerPreviews(cms: DecapCms, siteStyles: readonly string[]): void {
  for (const style of siteStyles) cms.registerPreviewStyle(style);
  cms.registerPreviewStyle(placeholderStyles, { raw: true });
  cms.registerPreviewTemplate('caseStudies', pageTemplate('Storia di successo · Success story'));
  cms.registerPreviewTemplate('ipGuides', pageTemplate('Guida PI · IP guide'));
  cms.registerPreviewTemplate('pages', pageTemplate('Pagina · Page'));
}
