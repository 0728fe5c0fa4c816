/**
 * A small static file server over dist/, enough for the browser tests and screenshots: it behaves
 * like a plain static host (directory URLs serve index.html, unknown paths get 404.html). With
 * `compress`, it gzips text like most hosts do, so byte counts match what readers download.
 */
import { createReadStream } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);

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
  '.ics': 'text/calendar; charset=utf-8',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.pdf': 'application/pdf',
};

export function contentTypeFor(filePath: string): string {
  return mimeTypes[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** What hosts usually compress: text and WebAssembly, not images, fonts or already compressed files. */
export function isCompressible(contentType: string): boolean {
  return /^(text\/|application\/(json|xml|wasm|manifest\+json)|image\/svg\+xml)/.test(contentType);
}

export interface StaticServerOptions {
  /** Gzip compressible files for clients that accept it (off by default). */
  compress?: boolean;
}

type Resolved =
  | { kind: 'file'; filePath: string; size: number; mtimeMs: number }
  | { kind: 'redirect'; location: string }
  | { kind: 'not-found' }
  | { kind: 'bad-request' };

async function fileInfo(filePath: string): Promise<{ size: number; mtimeMs: number } | undefined> {
  try {
    const info = await stat(filePath);
    return info.isFile() ? { size: info.size, mtimeMs: info.mtimeMs } : undefined;
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
  const info = await fileInfo(filePath);
  if (info !== undefined) {
    // A symlink inside dist could still point outside it.
    const real = await realpath(filePath);
    if (!real.startsWith(root + path.sep)) return { kind: 'not-found' };
    return { kind: 'file', filePath, ...info };
  }
  // Like most static hosts: /it/about → /it/about/ when that folder exists.
  if (!decoded.endsWith('/') && (await isDirectory(candidate))) return { kind: 'redirect', location: `${rawPath}/` };
  return { kind: 'not-found' };
}

type FileToSend = { filePath: string; size: number; mtimeMs: number };

function acceptsGzip(request: IncomingMessage): boolean {
  return /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
}

/** Compressed copies of the files served so far, by path, valid while the file is unchanged. */
type GzipCache = Map<string, { mtimeMs: number; size: number; body: Buffer }>;

async function gzipped(cache: GzipCache, file: FileToSend): Promise<Buffer> {
  const cached = cache.get(file.filePath);
  if (cached && cached.mtimeMs === file.mtimeMs && cached.size === file.size) return cached.body;
  const body = await gzipAsync(await readFile(file.filePath));
  cache.set(file.filePath, { mtimeMs: file.mtimeMs, size: file.size, body });
  return body;
}

async function send(
  response: ServerResponse,
  request: IncomingMessage,
  status: number,
  file: FileToSend,
  gzipCache: GzipCache | undefined,
) {
  const { filePath, size } = file;
  const contentType = contentTypeFor(filePath);
  if (gzipCache && isCompressible(contentType) && acceptsGzip(request)) {
    const body = await gzipped(gzipCache, file);
    response.writeHead(status, {
      'Content-Type': contentType,
      'Content-Length': body.length,
      'Content-Encoding': 'gzip',
      Vary: 'Accept-Encoding',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    response.end(request.method === 'HEAD' ? undefined : body);
    return;
  }
  response.writeHead(status, {
    'Content-Type': contentType,
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
export async function startStaticServer(
  directory: string,
  port = 0,
  { compress = false }: StaticServerOptions = {},
): Promise<StaticServer> {
  const root = await realpath(path.resolve(directory));
  const notFoundPage = path.join(root, '404.html');
  const gzipCache: GzipCache | undefined = compress ? new Map() : undefined;

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
          await send(response, request, 200, resolved, gzipCache);
          return;
        case 'redirect':
          response.writeHead(301, { Location: resolved.location + search, 'Cache-Control': 'no-store' });
          response.end();
          return;
        case 'bad-request':
          sendText(response, 400, 'Bad Request');
          return;
        case 'not-found': {
          const info = await fileInfo(notFoundPage);
          if (info === undefined) sendText(response, 404, 'Not Found');
          else await send(response, request, 404, { filePath: notFoundPage, ...info }, gzipCache);
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
