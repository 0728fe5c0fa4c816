import { readFileSync } from 'node:fs';
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { allowedComponentNames, checkLinkUrl, inspectMdx, safeMdxPlugin, UnsafeMdxError } from './index.ts';

const problemsOf = (source: string) => inspectMdx(source).problems.map(({ line, message }) => `${line}: ${message}`);

describe('safe MDX', () => {
  it('accepts Markdown, the allowed components and comments', () => {
    const source = [
      '---',
      'title: x',
      '---',
      '',
      '## A heading with **bold**, _italic_ and a [link](https://www.example.org/) or [a page](/it/about/)',
      '',
      '{/* A note to other editors */}',
      '',
      '<Callout type="warning" title="Careful">',
      '',
      'Text with `{code}` and `<script>` in backticks, an e-mail [link](mailto:info@example.org).',
      '',
      '</Callout>',
      '',
      '<Steps>',
      '1. One',
      '2. Two',
      '</Steps>',
      '',
      '<Comparison>',
      '',
      '| A | B |',
      '| - | - |',
      '| 1 | 2 |',
      '',
      '</Comparison>',
      '',
      '```js',
      'import x from "y";',
      '```',
      '',
      'Import duties and exports, a < b, \\{ braces \\}.',
    ].join('\n');
    expect(problemsOf(source)).toEqual([]);
  });

  it.each([
    [
      'an import',
      'Hello\n\nimport duties rose by 5%.',
      '3: the paragraph "import duties rose by 5%." starts with the word "import", which MDX reads as program code, and content may not contain code. If it is a sentence, start it differently (e.g. "Import…" with a capital letter, or another word); you never need to import components: Callout, Steps, Comparison, Fact and FeeSchedule are always available',
    ],
    [
      'an export',
      'export const x = 1',
      '1: the paragraph "export const x = 1" starts with the word "export", which MDX reads as program code, and content may not contain code. If it is a sentence, start it differently (e.g. "Export…" with a capital letter, or another word)',
    ],
    [
      'an expression',
      'Total: {1 + 1}',
      '1: curly braces {1 + 1} mark JavaScript code in MDX, and content may not contain code. To show a brace as text write \\{ and \\}; for a note to other editors write {/* note */}',
    ],
    ['a script', '<script>alert(1)</script>', '1: <script> is not allowed: content may not run code on the site'],
    [
      'an iframe',
      '<iframe src="https://example.org"></iframe>',
      '1: <iframe> is not allowed: content may not embed other sites or programs; link to the page instead with [text](https://…)',
    ],
    [
      'an event handler',
      '<Callout onclick="alert(1)">x</Callout>',
      '1: the attribute onclick on <Callout> is not allowed: event handlers run code (<Callout> accepts type and title)',
    ],
    [
      'an unknown component',
      '<Callot>x</Callot>',
      '1: unknown component <Callot> (did you mean <Callout>?); the components you can use are Callout, Steps, Comparison, Fact and FeeSchedule',
    ],
    ['an HTML tag', 'Some <b>bold</b> text', '1: HTML tags such as <b> are not allowed; write **bold text** instead'],
    [
      'a javascript: link',
      '[click](javascript:alert(1))',
      '1: the link "javascript:alert(1)" is not allowed: links may only lead to web pages (https://…), e-mail addresses (mailto:…) or phone numbers (tel:…)',
    ],
    [
      'a javascript: link hidden behind a character reference',
      '[click](&#x6A;avascript:alert(1))',
      '1: the link "javascript:alert(1)" is not allowed: links may only lead to web pages (https://…), e-mail addresses (mailto:…) or phone numbers (tel:…)',
    ],
    [
      'a javascript: link definition',
      '[click][x]\n\n[x]: javascript:void(0)',
      '3: the link "javascript:void(0)" is not allowed: links may only lead to web pages (https://…), e-mail addresses (mailto:…) or phone numbers (tel:…)',
    ],
    [
      'an http: link',
      '[site](http://example.org)',
      '1: the link "http://example.org" is not secure: use its https:// address',
    ],
    [
      'an attribute with code',
      '<Callout title={name}>x</Callout>',
      '1: the attribute title={…} on <Callout> holds JavaScript code: write its value in quotes, e.g. title="…"',
    ],
    [
      'a spread attribute',
      '<Callout {...props}>x</Callout>',
      '1: <Callout> contains {…}, which is JavaScript code; content may not contain code (<Callout> accepts type and title)',
    ],
    [
      'a wrong callout type',
      '<Callout type="tips">x</Callout>',
      '1: <Callout type="tips">: type must be one of note, tip, warning (did you mean "tip"?)',
    ],
    [
      'a component inside a sentence',
      'See <Callout>x</Callout> here',
      '1: <Callout> must stand on its own line, with an empty line before it and after </Callout>',
    ],
    [
      'steps without a list',
      '<Steps>\n\nJust text.\n\n</Steps>',
      '1: <Steps> must contain a numbered list (1. … 2. …)',
    ],
    [
      'a remote image',
      '![A chart](https://tracker.example.org/pixel.png)',
      '1: the image "https://tracker.example.org/pixel.png" is on another site: save the image file next to this page and write ![what it shows](./image.jpg)',
    ],
    [
      'an HTML comment',
      'Text\n\n<!-- note -->',
      '3: HTML comments <!-- … --> do not work in MDX: write a note to other editors as {/* note */}, or delete it',
    ],
    [
      'an unclosed component',
      '<Callout>\n\nText',
      '1: <Callout> (line 1) is never closed: add </Callout> on a line of its own after its content',
    ],
    [
      'an autolink',
      'See <https://example.org>',
      '1: MDX reads "<" as the start of a tag. For a web link write [link text](https://…); to show the sign itself write \\< (or put a space after it)',
    ],
  ])('rejects %s', (_case, source, message) => {
    expect(problemsOf(source)).toEqual([message]);
  });

  it('finds a script nested inside an allowed component', () => {
    expect(problemsOf('<Callout>\n\n<script>x</script>\n\n</Callout>')).toEqual([
      '3: <script> is not allowed: content may not run code on the site',
    ]);
  });

  it('sees through tabs and newlines hidden in a link scheme', () => {
    expect(checkLinkUrl('java\tscript:alert(1)').ok).toBe(false);
    expect(checkLinkUrl(' JAVASCRIPT:alert(1)').ok).toBe(false);
    expect(checkLinkUrl('https://www.example.org/').ok).toBe(true);
    expect(checkLinkUrl('/en/companies/').ok).toBe(true);
    expect(checkLinkUrl('#section').ok).toBe(true);
    expect(checkLinkUrl('www.example.org').ok).toBe(false);
  });

  it('stops the build-time compile, naming the file and line, before any code is generated', async () => {
    const plugin = safeMdxPlugin({ root: '/site' });
    // Sätteri compiles synchronously when every plugin is synchronous: wrap it so a throw becomes a rejection.
    const compile = (async () =>
      mdxToJs('Text\n\nimport duties rose.\n\n<script>alert(1)</script>\n', {
        mdastPlugins: [plugin],
        fileURL: new URL('file:///site/content/pages/en/about.mdx'),
      }))();
    await expect(compile).rejects.toBeInstanceOf(UnsafeMdxError);
    await expect(compile).rejects.toThrow(/content\/pages\/en\/about\.mdx:3: the paragraph "import duties rose\."/);
    await expect(compile).rejects.toThrow(/content\/pages\/en\/about\.mdx:5: <script> is not allowed/);
  });

  it('lets safe MDX compile unchanged', async () => {
    const plugin = safeMdxPlugin({ root: '/site' });
    const result = await mdxToJs('<Callout type="tip">Hi</Callout>', { mdastPlugins: [plugin] });
    expect(result.code).toContain('Callout');
  });

  it('allows exactly the components the site provides to MDX', () => {
    const index = readFileSync(new URL('../../ui/mdx/index.ts', import.meta.url), 'utf8');
    const provided = /export const mdxComponents = \{([^}]*)\}/
      .exec(index)?.[1]
      ?.split(',')
      .map((name) => name.trim());
    expect(provided?.filter(Boolean).sort()).toEqual([...allowedComponentNames].sort());
  });
});
