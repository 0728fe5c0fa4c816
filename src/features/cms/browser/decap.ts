/** The parts of Decap CMS's browser API (window.CMS, window.h, window.createClass) this site uses. */

export interface EditorComponent {
  id: string;
  label: string;
  fields: { name: string; label: string; widget: string; options?: string[]; hint?: string }[];
  pattern: RegExp;
  fromBlock(match: RegExpMatchArray): Record<string, string>;
  toBlock(data: Record<string, string | undefined>): string;
  toPreview(data: Record<string, string | undefined>): string;
}

/** A preview template's or widget's props, as far as this site reads them. */
export interface EntryProps {
  entry: { getIn(path: string[]): unknown };
  widgetFor(name: string): unknown;
  /** The collection's fields (an Immutable.js list of maps). */
  fields?: { find<T>(predicate: (field: T) => boolean): T | undefined };
  getAsset?: unknown;
  value?: unknown;
  onChange?(value: unknown): void;
  forID?: string;
  classNameWrapper?: string;
}

export interface DecapCms {
  registerCustomFormat(
    name: string,
    extension: string,
    format: { fromFile(content: string): unknown; toFile(data: unknown, sortedKeys?: readonly string[]): string },
  ): void;
  registerWidget(name: string, control: unknown, preview?: unknown): void;
  registerEditorComponent(component: EditorComponent): void;
  registerPreviewTemplate(collection: string, template: unknown): void;
  registerPreviewStyle(style: string, options?: { raw: boolean }): void;
  getWidget(name: string): { control: unknown; preview: unknown } | undefined;
}

type Child = unknown;
/** React.createElement and create-react-class, as Decap exposes them. */
export const h = (type: unknown, props: Record<string, unknown> | null, ...children: Child[]): unknown =>
  (window as unknown as { h: (...args: unknown[]) => unknown }).h(type, props, ...children);

export const createClass = (spec: Record<string, unknown>): unknown =>
  (window as unknown as { createClass: (spec: Record<string, unknown>) => unknown }).createClass(spec);
