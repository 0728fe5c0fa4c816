/**
 * The site's security policy in one place: the Content Security Policy directives that Astro puts
 * in every page's <meta> (with hashes for its own scripts and styles), and the HTTP headers for
 * hosts that read a _headers file (Netlify, Cloudflare Pages). The site loads nothing from any
 * other origin, so every source is 'self'.
 */

/** Directives besides script-src and style-src, which Astro writes with its hashes. */
export const cspDirectives = [
  "default-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  // Pagefind searches in a web worker; the service worker is a worker too.
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** Sources for script-src: our own files, and WebAssembly compilation for Pagefind's search. */
export const scriptSources = ["'self'", "'wasm-unsafe-eval'"] as const;
export const styleSources = ["'self'"] as const;

/** Headers no <meta> can set; the CSP is repeated so that frame-ancestors applies. */
export const securityHeaders: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

/**
 * The editors' CMS at /admin/ (src/features/cms/) and nothing else: Decap CMS compiles its
 * validators with `new Function` ('unsafe-eval', decaporg/decap-cms#2138) and styles itself with
 * inserted <style> elements ('unsafe-inline'), which no public page allows. It talks to GitHub's
 * API when deployed, to the local proxy (`npx decap-server`) on an editor's machine, and shows
 * editors' GitHub avatars.
 */
export function adminPolicy(localProxy: string): string {
  return [
    "default-src 'none'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https://avatars.githubusercontent.com",
    "font-src 'self' data:",
    `connect-src 'self' blob: data: https://api.github.com ${localProxy}`,
    // The preview pane is a frame of the same page.
    "frame-src 'self' blob:",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** The local proxy the CMS uses on an editor's machine (see README, "Editing in the browser"). */
export const CMS_LOCAL_PROXY = 'http://localhost:8081';

/** Where the CMS is served. */
export const ADMIN_PATH = '/admin/';
