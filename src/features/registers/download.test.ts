import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DownloadError, downloadToFile, retryAfterMs, type DownloadRequest } from './download.ts';

type Handler = (request: IncomingMessage, response: ServerResponse, hit: number) => void;
const handlers = new Map<string, Handler>();
const hits = new Map<string, number>();
let server: Server;
let base: string;
let dir: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    const url = request.url ?? '/';
    const hit = (hits.get(url) ?? 0) + 1;
    hits.set(url, hit);
    const handler = handlers.get(url);
    if (handler) handler(request, response, hit);
    else response.writeHead(404).end('not here');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'download-'));
  handlers.clear();
  hits.clear();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const json = '{"head":{"vars":[]},"results":{"bindings":[]}}';
const request = (route: string, extra: Partial<DownloadRequest> = {}): DownloadRequest => ({
  url: `${base}${route}`,
  file: path.join(dir, 'out.json'),
  timeoutMs: 2000,
  retries: 2,
  backoffMs: 10,
  contentTypes: ['application/sparql-results+json', 'application/json'],
  minBytes: 10,
  maxBytes: 1 << 20,
  ...extra,
});
const sendJson = (response: ServerResponse, body = json) =>
  response.writeHead(200, { 'content-type': 'application/sparql-results+json; charset=utf-8' }).end(body);

async function failure(promise: Promise<unknown>): Promise<DownloadError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(DownloadError);
  return error as DownloadError;
}

describe('downloadToFile', () => {
  it('writes the body and sends method, headers and body', async () => {
    let received = '';
    handlers.set('/query', (incoming, response) => {
      let body = '';
      incoming.on('data', (chunk: Buffer) => (body += chunk.toString()));
      incoming.on('end', () => {
        received = `${incoming.method} ${incoming.headers['accept']} ${body}`;
        sendJson(response);
      });
    });
    const result = await downloadToFile(
      request('/query', { method: 'POST', headers: { accept: 'application/sparql-results+json' }, body: 'q=1' }),
    );
    expect(received).toBe('POST application/sparql-results+json q=1');
    expect(result).toMatchObject({ bytes: json.length, attempts: 1, contentType: 'application/sparql-results+json' });
    expect(readFileSync(path.join(dir, 'out.json'), 'utf8')).toBe(json);
    expect(readdirSync(dir)).toEqual(['out.json']);
  });

  it('retries a 503 and succeeds', async () => {
    handlers.set('/busy', (_incoming, response, hit) => {
      if (hit === 1) response.writeHead(503, { 'retry-after': '0' }).end('busy');
      else sendJson(response);
    });
    const retries: string[] = [];
    const result = await downloadToFile(request('/busy', { onRetry: (_n, _wait, reason) => retries.push(reason) }));
    expect(result.attempts).toBe(2);
    expect(retries).toEqual(['HTTP 503 Service Unavailable']);
    expect(readFileSync(path.join(dir, 'out.json'), 'utf8')).toBe(json);
  });

  it('waits as long as a 429 asks (Retry-After)', async () => {
    handlers.set('/slow-down', (_incoming, response, hit) => {
      if (hit === 1) response.writeHead(429, { 'retry-after': '1' }).end();
      else sendJson(response);
    });
    const started = performance.now();
    await downloadToFile(request('/slow-down'));
    expect(performance.now() - started).toBeGreaterThanOrEqual(950);
    expect(hits.get('/slow-down')).toBe(2);
  });

  it('fails on a 404 without retrying and leaves the existing file alone', async () => {
    writeFileSync(path.join(dir, 'out.json'), 'last week');
    const error = await failure(downloadToFile(request('/missing')));
    expect(error.message).toBe(`${base}/missing: HTTP 404 Not Found (1 attempt)`);
    expect(hits.get('/missing')).toBe(1);
    expect(readFileSync(path.join(dir, 'out.json'), 'utf8')).toBe('last week');
    expect(readdirSync(dir)).toEqual(['out.json']);
  });

  it('gives up after the retries when the server never answers in time', async () => {
    handlers.set('/hang', () => undefined);
    const error = await failure(downloadToFile(request('/hang', { timeoutMs: 150, retries: 1 })));
    expect(error.message).toBe(`${base}/hang: timed out (2 attempts)`);
    expect(hits.get('/hang')).toBe(2);
    expect(existsSync(path.join(dir, 'out.json'))).toBe(false);
  });

  it('leaves no file when the connection is cut in the middle of the body', async () => {
    handlers.set('/cut', (_incoming, response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': '5000' });
      response.write(json.repeat(20));
      setTimeout(() => response.socket?.destroy(), 20);
    });
    const error = await failure(downloadToFile(request('/cut')));
    expect(error.message).toMatch(
      /^http:\/\/127\.0\.0\.1:\d+\/cut: the download broke off after \d+ bytes .*\(3 attempts\)$/,
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses what is not the expected file: content type, size, first bytes', async () => {
    handlers.set('/html', (_incoming, response) =>
      response.writeHead(200, { 'content-type': 'text/html' }).end('<html>'),
    );
    handlers.set('/tiny', (_incoming, response) => sendJson(response, '{}'));
    handlers.set('/huge', (_incoming, response) => sendJson(response, 'x'.repeat(5000)));
    handlers.set('/excel', (_incoming, response) => sendJson(response, 'PK\u0003\u0004 a workbook'));
    const sniff = (head: Buffer) => (head.subarray(0, 2).toString() === 'PK' ? 'an Excel workbook' : undefined);

    expect((await failure(downloadToFile(request('/html')))).message).toContain(
      'content type "text/html", expected application/sparql-results+json or application/json',
    );
    expect((await failure(downloadToFile(request('/tiny')))).message).toContain('only 2 bytes, fewer than 10');
    expect((await failure(downloadToFile(request('/huge', { maxBytes: 1000 })))).message).toContain(
      'more than 1000 bytes',
    );
    expect((await failure(downloadToFile(request('/excel', { sniff })))).message).toContain('an Excel workbook');
    // None of these is worth a second attempt.
    expect([...hits.values()]).toEqual([1, 1, 1, 1]);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('retryAfterMs', () => {
  it('reads seconds and HTTP dates', () => {
    const now = Date.parse('2026-12-07T10:00:00Z');
    expect(retryAfterMs('120', now)).toBe(120_000);
    expect(retryAfterMs('Mon, 07 Dec 2026 10:00:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs('soon', now)).toBeUndefined();
    expect(retryAfterMs(null, now)).toBeUndefined();
  });
});
