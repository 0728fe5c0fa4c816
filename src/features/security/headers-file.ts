/**
 * The _headers file for static hosts that read one (Netlify, Cloudflare Pages): the same
 * Content Security Policy as the pages' <meta>, plus what only HTTP headers can say.
 */
import { ADMIN_PATH, adminPolicy, CMS_LOCAL_PROXY, securityHeaders } from './policy.ts';

/** The host's file of response headers (Netlify, Cloudflare Pages), at the root of the site. */
export const HEADERS_FILE = '_headers';

/** What the site holds that is not for its visitors, as URL paths (a folder ends with "/"): the headers file, the CMS. */
export const NOT_FOR_VISITORS = [`/${HEADERS_FILE}`, ADMIN_PATH] as const;

/**
 * One policy that allows what any page allows: each page's <meta> lists the hashes of its own
 * inline scripts and styles, a site-wide header must list them all. Directive order and the
 * sources' order are kept stable so two builds give the same file.
 */
export function mergePolicies(policies: readonly string[]): string {
  const directives = new Map<string, Set<string>>();
  for (const policy of policies) {
    for (const part of policy.split(';')) {
      const [name, ...sources] = part.trim().split(/\s+/);
      if (!name) continue;
      const known = directives.get(name) ?? new Set<string>();
      for (const source of sources) known.add(source);
      directives.set(name, known);
    }
  }
  return [...directives.entries()]
    .map(([name, sources]) => {
      const list = [...sources];
      const hashes = list.filter((source) => /^'sha(256|384|512)-/.test(source)).sort();
      const others = list.filter((source) => !hashes.includes(source));
      return [name, ...others, ...hashes].join(' ');
    })
    .join('; ');
}

export function headersFile(policy: string): string {
  const all = {
    'Content-Security-Policy': `${policy}; frame-ancestors 'none'`,
    ...securityHeaders,
  };
  const block = (path: string, headers: Record<string, string>) =>
    [path, ...Object.entries(headers).map(([name, value]) => (value ? `  ${name}: ${value}` : `  ${name}`))].join('\n');
  return (
    [
      block('/*', all),
      // Hashed file names never change content: cache them for a year.
      block('/_astro/*', { 'Cache-Control': 'public, max-age=31536000, immutable' }),
      // The service worker and the offline manifest must be checked on every visit to see updates.
      block('/sw.js', { 'Cache-Control': 'no-cache' }),
      block('/offline-manifest.json', { 'Cache-Control': 'no-cache' }),
      // The CMS needs a policy of its own, and its sign-in window must be able to answer it:
      // "! Name" detaches the site-wide header first (Cloudflare Pages' syntax).
      block(`${ADMIN_PATH}*`, {
        '! Content-Security-Policy': '',
        '! Cross-Origin-Opener-Policy': '',
        'Content-Security-Policy': `${adminPolicy(CMS_LOCAL_PROXY)}; frame-ancestors 'none'`,
        'Cross-Origin-Opener-Policy': 'same-origin-allow-popups',
        'Cache-Control': 'no-cache',
      }),
    ].join('\n\n') + '\n'
  );
}

/** The content of a page's CSP <meta>, if it has one. */
export function policyOfPage(html: string): string | undefined {
  return /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1];
}
