/**
 * Trust by construction, checked on the built site: every page carries a strict Content
 * Security Policy, the _headers file repeats it for hosts, and every link to another site is
 * https and opens without handing over the page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { projectRoot } from '#scripts/support/paths.ts';
import { readSiteOrigin } from '#scripts/support/site-map.ts';
import { adminPolicy, CMS_LOCAL_PROXY } from '#features/security/index.ts';

const distDir = inject('distDir');
// The editors' CMS (/admin/) has a policy of its own, checked below.
const isAdmin = (file: string) => file.split(path.sep)[0] === 'admin';
const pages = readdirSync(distDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.html') && !isAdmin(file))
  .sort()
  .map((file) => ({
    urlPath: `/${file.split(path.sep).join('/')}`,
    html: readFileSync(path.join(distDir, file), 'utf8'),
  }));
const siteOrigin = readSiteOrigin(path.join(projectRoot, 'astro.config.mjs'));

function policyOf(html: string): Map<string, string[]> {
  const content = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1] ?? '';
  return new Map(
    content
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!, sources]),
  );
}

describe('Content Security Policy', () => {
  it('is on every page, strict, and allows nothing but this site', () => {
    const problems: string[] = [];
    for (const page of pages) {
      const policy = policyOf(page.html);
      const where = page.urlPath;
      if (policy.size === 0) {
        problems.push(`${where}: no CSP <meta>`);
        continue;
      }
      for (const [directive, sources] of policy) {
        for (const source of sources) {
          if (source === "'unsafe-inline'" || source === "'unsafe-eval'")
            problems.push(`${where}: ${directive} allows ${source}`);
          if (/^(https?:|\*|data:|blob:)/.test(source)) problems.push(`${where}: ${directive} allows ${source}`);
        }
      }
      expect(policy.get('default-src'), where).toEqual(["'self'"]);
      expect(policy.get('object-src'), where).toEqual(["'none'"]);
      expect(policy.get('script-src'), where).toContain("'wasm-unsafe-eval'");
    }
    expect(problems).toEqual([]);
  });

  it('is repeated in _headers with the headers a <meta> cannot set', () => {
    const headers = readFileSync(path.join(distDir, '_headers'), 'utf8');
    const csp = /Content-Security-Policy: (.*)/.exec(headers)?.[1] ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    // Every hash any page needs is in the site-wide header, or the host's policy would block it.
    for (const page of pages) {
      for (const hash of page.html.match(/'sha256-[^']+'/g) ?? []) expect(csp, page.urlPath).toContain(hash);
    }
    for (const header of ['X-Content-Type-Options: nosniff', 'Referrer-Policy:', 'Permissions-Policy:']) {
      expect(headers).toContain(header);
    }
  });

  it('is relaxed for the CMS at /admin/ only, and only as far as the CMS needs', () => {
    const admin = readFileSync(path.join(distDir, 'admin', 'index.html'), 'utf8');
    const policy = policyOf(admin);
    expect([...policy.entries()].map(([name, sources]) => [name, ...sources].join(' ')).join('; ')).toBe(
      adminPolicy(CMS_LOCAL_PROXY),
    );
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('script-src')).toEqual(["'self'", "'unsafe-eval'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    // Hosts read the same from _headers: the site-wide policy is detached under /admin/ and the CMS's set.
    const headers = readFileSync(path.join(distDir, '_headers'), 'utf8');
    const [site, adminBlock] = headers.split(/^\/admin\/\*$/m);
    expect(site).not.toContain("'unsafe-eval'");
    expect(adminBlock).toContain('  ! Content-Security-Policy\n');
    expect(adminBlock).toContain(`  Content-Security-Policy: ${adminPolicy(CMS_LOCAL_PROXY)}; frame-ancestors 'none'`);
    expect(adminBlock).toContain('  Cross-Origin-Opener-Policy: same-origin-allow-popups');
    // And the CMS stays out of search, the sitemap and the offline copy.
    const sitemap = readdirSync(distDir).filter((file) => file.startsWith('sitemap') && file.endsWith('.xml'));
    for (const file of sitemap) expect(readFileSync(path.join(distDir, file), 'utf8')).not.toContain('/admin/');
    expect(readFileSync(path.join(distDir, 'offline-manifest.json'), 'utf8')).not.toContain('/admin/');
    expect(admin).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(admin).not.toContain('data-pagefind-body');
  });

  it('leaves no inline event handlers or javascript: links in any page', () => {
    const offenders = pages.flatMap((page) =>
      [...page.html.matchAll(/<[^>]+\s(on[a-z]+)=|href="javascript:/gi)].map((match) => `${page.urlPath}: ${match[0]}`),
    );
    expect(offenders).toEqual([]);
  });
});

describe('links to other sites', () => {
  it('are https, open safely and are marked for readers', () => {
    const problems: string[] = [];
    let count = 0;
    for (const page of pages) {
      for (const [tag, href] of page.html.matchAll(/<a\s[^>]*href="(https?:\/\/[^"]+)"[^>]*>/g)) {
        if (siteOrigin && new URL(href!).origin === siteOrigin) continue;
        count += 1;
        if (!href!.startsWith('https://')) problems.push(`${page.urlPath}: ${href} is not https`);
        const rel = /\brel="([^"]*)"/.exec(tag!)?.[1]?.split(/\s+/) ?? [];
        if (!rel.includes('noopener') || !rel.includes('noreferrer'))
          problems.push(`${page.urlPath}: ${href} lacks rel="noopener noreferrer"`);
        if (!/class="[^"]*external/.test(tag!)) problems.push(`${page.urlPath}: ${href} is not marked as external`);
      }
    }
    expect(count).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
});
