/**
 * The guides' MDX as plain Markdown for the CMS preview, which shows no HTML: each component
 * becomes something a reader recognises — a fact its id, a callout a quoted box with its title,
 * a comparison its table under a label. Only for the preview; the file keeps the MDX.
 */

const attribute = (tag: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(tag)?.[1];

export function readableMdx(body: string): string {
  return body
    .replace(/<Fact\s+id="([^"]+)"\s*\/>/g, '`⟨$1⟩`')
    .replace(/<FeeSchedule\s+id="([^"]+)"\s*\/>/g, '> **Fee schedule** `⟨$1⟩`')
    .replace(/<Callout([^>]*)>\n+([\s\S]*?)\n+<\/Callout>/g, (_, tag: string, text: string) => {
      const heading = [attribute(tag, 'type') ?? 'note', attribute(tag, 'title')].filter(Boolean).join(': ');
      return [`**${heading}**`, '', ...text.trim().split('\n')].map((line) => (line ? `> ${line}` : '>')).join('\n');
    })
    .replace(
      /<Comparison([^>]*)>\n+/g,
      (_, tag: string) => `**Comparison${attribute(tag, 'title') ? `: ${attribute(tag, 'title')}` : ''}**\n\n`,
    )
    .replace(/\n*<\/Comparison>/g, '')
    .replace(/<\/?Steps>\n*/g, '');
}
