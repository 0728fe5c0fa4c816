/**
 * Compacts each HTML page as it is rendered, so the page Astro writes (and keeps in its
 * incremental cache) is already the finished one: a rebuild that reuses a page rewrites nothing.
 */
import type { MiddlewareHandler } from 'astro';
import { compactHtml } from './compact-html.ts';

export const onRequest: MiddlewareHandler = async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(compactHtml(await response.text()), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
};
