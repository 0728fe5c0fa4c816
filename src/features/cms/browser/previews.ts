/**
 * Previews in the site's own styles: a story, guide or page is shown with the title, the lead and
 * the text as the site sets them. The preview shows no HTML, so the text goes through
 * readableMdx first: each MDX component shows as a quoted box, a label or its id.
 */
import { readableMdx } from '../readable-mdx.ts';
import { createClass, h, type DecapCms, type EntryProps } from './decap.ts';

/** The frame's margins, and the boxes the editor components show in the rich-text editor. */
const previewStyles = `
body { margin: 0; padding: 1.5rem; }
.mdx-placeholder { border-left: 4px solid currentColor; padding: 0.5rem 1rem; white-space: pre-wrap; }
`;

const text = (props: EntryProps, name: string) => {
  const value = props.entry.getIn(['data', name]);
  return typeof value === 'string' ? value : '';
};

interface FieldConfig {
  get(key: string): unknown;
}

/** The text through Decap's own Markdown preview, with the components made readable. */
function readableBody(cms: DecapCms, props: EntryProps): unknown {
  const field = props.fields?.find((candidate: FieldConfig) => candidate.get('name') === 'body');
  const preview = cms.getWidget('markdown')?.preview;
  if (!field || !preview) return props.widgetFor('body');
  return h(preview, {
    field,
    value: readableMdx(text(props, 'body')),
    getAsset: props.getAsset,
    getRemarkPlugins: () => [],
  });
}

function pageTemplate(cms: DecapCms, eyebrow: string) {
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
        h('article', { className: 'prose' }, readableBody(cms, props)),
      );
    },
  });
}

export function registerPreviews(cms: DecapCms, siteStyles: readonly string[]): void {
  for (const style of siteStyles) cms.registerPreviewStyle(style);
  cms.registerPreviewStyle(previewStyles, { raw: true });
  cms.registerPreviewTemplate('caseStudies', pageTemplate(cms, 'Storia di successo · Success story'));
  cms.registerPreviewTemplate('ipGuides', pageTemplate(cms, 'Guida PI · IP guide'));
  cms.registerPreviewTemplate('pages', pageTemplate(cms, 'Pagina · Page'));
}
