import { describe, expect, it } from 'vitest';
import { compactHtml } from './compact-html.ts';

describe('compactHtml', () => {
  it('drops indentation and blank lines but keeps a line break between words', () => {
    expect(compactHtml('<dl>\n    <dt>Sede</dt>\n    <dd>Lecco</dd>\n\n  </dl>')).toBe(
      '<dl>\n<dt>Sede</dt>\n<dd>Lecco</dd>\n</dl>',
    );
  });

  it('leaves pre, textarea, script and style untouched', () => {
    const kept = [
      '<pre>  a\n    b</pre>',
      '<textarea>\n  x</textarea>',
      '<script type="module">\n  const a = 1;\n</script>',
      '<style>\n  p { color: red }\n</style>',
    ];
    for (const block of kept) expect(compactHtml(`<div>\n  ${block}\n  </div>`)).toBe(`<div>\n${block}\n</div>`);
  });

  it('keeps spaces inside a line', () => {
    expect(compactHtml('<p>Uno  due <b>tre</b> quattro</p>')).toBe('<p>Uno  due <b>tre</b> quattro</p>');
  });
});
