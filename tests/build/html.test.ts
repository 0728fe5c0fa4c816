/** The regex-based HTML reading that the link checks rely on. */
import { describe, expect, it } from 'vitest';
import { fragmentTargets, htmlLang, parseTags, srcsetUrls } from '../support/html.ts';

describe('parseTags', () => {
  it('reads attributes in every quoting style and decodes character references', () => {
    const [tag] = parseTags(`<a href="/it/?a=1&amp;b=2" data-x='y > z' hidden class=card>`);
    expect(tag?.name).toBe('a');
    expect(Object.fromEntries(tag!.attributes)).toEqual({
      href: '/it/?a=1&b=2',
      'data-x': 'y > z',
      hidden: '',
      class: 'card',
    });
  });

  it('ignores markup inside comments and scripts', () => {
    const tags = parseTags(
      `<!-- <a href="/gone/"> --><script>const s = '<a href="/nope/">';</script><img src="/x.png">`,
    );
    expect(tags.map((tag) => tag.name)).toEqual(['script', 'img']);
  });

  it('finds the document language and fragment targets', () => {
    const tags = parseTags('<!doctype html><html lang="it"><body><main id="main"><a name="old"></a><h2 id="team">');
    expect(htmlLang(tags)).toBe('it');
    expect([...fragmentTargets(tags)]).toEqual(['main', 'old', 'team']);
  });
});

describe('srcsetUrls', () => {
  it('splits candidates with descriptors', () => {
    expect(srcsetUrls('/a-640.webp 640w, /a-1280.webp 1280w')).toEqual(['/a-640.webp', '/a-1280.webp']);
  });

  it('keeps commas that belong to a URL', () => {
    expect(srcsetUrls('/img?size=1,2 1x,/img2.png 2x')).toEqual(['/img?size=1,2', '/img2.png']);
  });
});
