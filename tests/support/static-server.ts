/**
 * A small static file server over dist/, enough for the browser tests and screenshots: it behaves
 * like a plain static host (directory URLs serve index.html, unknown paths get 404.html).
 */
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

export interface StaticServer {
  /** Base URL without trailing slash, e.g. http://127.0.0.1:41234 */
  url: string;
  close: () => Promise<void>;
}

export const mimeTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.pdf': 'application/pdf',
};

export function contentTypeFor(filePath: string): string {
  return mimeTypes[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

type Resolved =
  | { kind: 'file'; filePath: string; size: number }
  | { kind: 'redirect'; location: string }
  | { kind: 'not-found' }
  | { kind: 'bad-request' };

async function fileSize(filePath: string): Promise<number | undefined> {
  try {
    const info = await stat(filePath);
    return info.isFile() ? info.size : undefined;
  } catch {
    return undefined;
  }
}

async function isDirectory(filePath: string): Promise<boolean> {
  try {
    return (await stat(filePath)).isDirectory();
  } catch {
    return false;
  }
}

/** Maps a request path to a file under root, refusing anything that would leave root. */
async function resolveRequest(root: string, rawPath: string): Promise<Resolved> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return { kind: 'bad-request' };
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return { kind: 'bad-request' };
  const normalised = path.posix.normalize(decoded);
  const candidate = path.join(root, normalised);
  if (candidate !== root && !candidate.startsWith(root + path.sep)) return { kind: 'bad-request' };

  const filePath = decoded.endsWith('/') ? path.join(candidate, 'index.html') : candidate;
  const size = await fileSize(filePath);
  if (size !== undefined) {
    // A symlink inside dist could still point outside it.
    const real = await realpath(filePath);
    if (!real.startsWith(root + path.sep)) return { kind: 'not-found' };
    return { kind: 'file', filePath, size };
  }
  // Like most static hosts: /it/about → /it/about/ when that folder exists.
  if (!decoded.endsWith('/') && (await isDirectory(candidate))) return { kind: 'redirect', location: `${rawPath}/` };
  return { kind: 'not-found' };
}

function send(response: ServerResponse, request: IncomingMessage, status: number, filePath: string, size: number) {
  response.writeHead(status, {
    'Content-Type': contentTypeFor(filePath),
    'Content-Length': size,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  createReadStream(filePath)
    .on('error', () => response.destroy())
    .pipe(response);
}

function sendText(response: ServerResponse, status: number, text: string) {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(text);
}

/**
 * Serves `directory` on 127.0.0.1 at a free port, or at `port` — the same origin again, as when a
 * new deployment replaces the old one.
 */
export async function startStaticServer(directory: string, port = 0): Promise<StaticServer> {
  const root = await realpath(path.resolve(directory));
  const notFoundPage = path.join(root, '404.html');

  const server = createServer((request, response) => {
    void (async () => {
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.setHeader('Allow', 'GET, HEAD');
        sendText(response, 405, 'Method Not Allowed');
        return;
      }
      const { pathname, search } = new URL(request.url ?? '/', 'http://localhost');
      const resolved = await resolveRequest(root, pathname);
      switch (resolved.kind) {
        case 'file':
          send(response, request, 200, resolved.filePath, resolved.size);
          return;
        case 'redirect':
          response.writeHead(301, { Location: resolved.location + search, 'Cache-Control': 'no-store' });
          response.end();
          return;
        case 'bad-request':
          sendText(response, 400, 'Bad Request');
          return;
        case 'not-found': {
          const size = await fileSize(notFoundPage);
          if (size === undefined) sendText(response, 404, 'Not Found');
          else send(response, request, 404, notFoundPage, size);
        }
      }
    })().catch(() => {
      if (!response.headersSent) sendText(response, 500, 'Internal Server Error');
      else response.destroy();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
