/**
 * What the CMS needs besides its configuration, registered before it loads any entry: the file
 * formats (../formats.ts), an editor for year → amount schedules, previews in the site's own
 * styles and the guides' MDX components as editor components. Bundled to /admin/admin.js by the
 * build (esbuild), next to the CMS's own files.
 */
import { FORMATS, mdxFrontmatter, yamlEntry, yamlList } from '../formats.ts';
import type { DecapCms } from './decap.ts';
import { keyValueControl, keyValuePreview } from './key-value-widget.ts';
import { mdxComponents } from './mdx-components.ts';
import { registerPreviews } from './previews.ts';

const cms = (window as unknown as { CMS: DecapCms }).CMS;
cms.registerCustomFormat(FORMATS.mdx, 'mdx', mdxFrontmatter);
cms.registerCustomFormat(FORMATS.entry, 'yaml', yamlEntry);
cms.registerCustomFormat(FORMATS.list, 'yaml', yamlList);
cms.registerWidget('key-value', keyValueControl(), keyValuePreview());
for (const component of mdxComponents) cms.registerEditorComponent(component);
registerPreviews(cms, (document.documentElement.dataset['previewStyles'] ?? '').split(' ').filter(Boolean));
