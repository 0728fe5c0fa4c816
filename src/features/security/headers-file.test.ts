import { describe, expect, it } from 'vitest';
import { headersFile, mergePolicies, policyOfPage } from './headers-file.ts';

describe('site-wide security headers', () => {
  it('merges the pages’ policies into one that allows every page’s hashes', () => {
    const merged = mergePolicies([
      "default-src 'self'; script-src 'self' 'sha256-bbb'; style-src 'self' 'sha256-xxx'",
      "default-src 'self'; script-src 'self' 'sha256-aaa' 'sha256-bbb'; style-src 'self'",
    ]);
    expect(merged).toBe(
      "default-src 'self'; script-src 'self' 'sha256-aaa' 'sha256-bbb'; style-src 'self' 'sha256-xxx'",
    );
  });

  it('reads the policy of a page', () => {
    expect(
      policyOfPage('<head><meta http-equiv="content-security-policy" content="default-src \'self\'"></head>'),
    ).toBe("default-src 'self'");
    expect(policyOfPage('<head></head>')).toBeUndefined();
  });

  it('forbids framing and sniffing, and keeps the worker fresh', () => {
    const file = headersFile("default-src 'self'");
    expect(file).toContain("  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'");
    expect(file).toContain('  X-Content-Type-Options: nosniff');
    expect(file).toContain('  Referrer-Policy: strict-origin-when-cross-origin');
    expect(file).toContain('  Permissions-Policy: camera=()');
    expect(file).toMatch(/\/sw\.js\n {2}Cache-Control: no-cache/);
  });
});
