/** The test harness's own static server behaves like a plain static host. */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from '#scripts/support/static-server.ts';

let root: string;
let server: StaticServer;

beforeAll(async () => {
  const parent = await mkdtemp(path.join(os.tmpdir(), 'pmi-hub-static-server-'));
  root = path.join(parent, 'dist');
  await mkdir(path.join(root, 'it', 'about'), { recursive: true });
  await writeFile(path.join(parent, 'secret.txt'), 'outside the site');
  await writeFile(path.join(root, 'index.html'), '<p>chooser</p>');
  await writeFile(path.join(root, '404.html'), '<p>not found</p>');
  await writeFile(path.join(root, 'it', 'about', 'index.html'), '<p>about</p>');
  await writeFile(path.join(root, 'style.css'), 'p{}');
  await writeFile(path.join(root, 'site.webmanifest'), '{}');
  server = await startStaticServer(root);
});

afterAll(async () => {
  await server?.close();
  await rm(path.dirname(root), { recursive: true, force: true });
});

async function get(urlPath: string) {
  const response = await fetch(`${server.url}${urlPath}`, { redirect: 'manual' });
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    location: response.headers.get('location'),
    body: await response.text(),
  };
}

describe('static server', () => {
  it('listens on 127.0.0.1', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('serves index.html for directory URLs', async () => {
    expect(await get('/')).toMatchObject({ status: 200, type: 'text/html; charset=utf-8', body: '<p>chooser</p>' });
    expect(await get('/it/about/')).toMatchObject({ status: 200, body: '<p>about</p>' });
  });

  it('redirects a folder without its trailing slash', async () => {
    expect(await get('/it/about')).toMatchObject({ status: 301, location: '/it/about/' });
  });

  it('answers missing files with 404.html and status 404', async () => {
    expect(await get('/en/nothing-here/')).toMatchObject({ status: 404, body: '<p>not found</p>' });
  });

  it('sends the right content types', async () => {
    expect((await get('/style.css')).type).toBe('text/css; charset=utf-8');
    expect((await get('/site.webmanifest')).type).toBe('application/manifest+json; charset=utf-8');
  });

  it('never serves files outside its folder', async () => {
    for (const attempt of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/it/%2e%2e%2f%2e%2e%2fsecret.txt',
    ]) {
      const response = await get(attempt);
      expect(response.body, attempt).not.toContain('outside the site');
      expect([400, 404], attempt).toContain(response.status);
    }
  });
});

describe('static server with compression', () => {
  let compressing: StaticServer;
  const css = `p { color: red; }\n`.repeat(200);

  beforeAll(async () => {
    await writeFile(path.join(root, 'big.css'), css);
    await writeFile(path.join(root, 'blob.bin'), 'x'.repeat(1000));
    compressing = await startStaticServer(root, 0, { compress: true });
  });

  afterAll(async () => {
    await compressing?.close();
  });

  /** Raw bytes as sent, without the decompression fetch would do. */
  async function raw(urlPath: string, acceptEncoding: string) {
    return new Promise<{ encoding: string | undefined; length: number; body: Buffer }>((resolve, reject) => {
      request(`${compressing.url}${urlPath}`, { headers: { 'Accept-Encoding': acceptEncoding } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            encoding: response.headers['content-encoding'],
            length: Number(response.headers['content-length']),
            body: Buffer.concat(chunks),
          }),
        );
      })
        .on('error', reject)
        .end();
    });
  }

  it('gzips text for clients that accept it', async () => {
    const response = await raw('/big.css', 'gzip, deflate, br');
    expect(response.encoding).toBe('gzip');
    expect(response.length).toBe(response.body.length);
    expect(response.length).toBeLessThan(css.length);
    expect(gunzipSync(response.body).toString()).toBe(css);
  });

  it('sends text as it is to clients that do not accept gzip, and never compresses other files', async () => {
    expect(await raw('/big.css', 'identity')).toMatchObject({ encoding: undefined, length: css.length });
    expect(await raw('/blob.bin', 'gzip')).toMatchObject({ encoding: undefined, length: 1000 });
  });
});
