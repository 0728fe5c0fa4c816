import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { securityHeadersFile, type SecurityHeadersOptions } from './integration.ts';

let root: string;
const site = () => path.join(root, 'site');
const page = (file: string, policy: string) => {
  const full = path.join(site(), file);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head></html>`);
};
const headers = () => readFileSync(path.join(site(), '_headers'), 'utf8');

async function build(options: SecurityHeadersOptions = {}): Promise<string[]> {
  const lines: string[] = [];
  const { hooks } = securityHeadersFile(options);
  await (hooks['astro:config:done'] as (options: unknown) => unknown)({
    config: { cacheDir: pathToFileURL(`${root}/cache/`) },
  });
  await (hooks['astro:build:done'] as (options: unknown) => unknown)({
    dir: pathToFileURL(`${site()}/`),
    logger: { info: (line: string) => lines.push(line) },
  });
  return lines;
}

beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'security-headers-'));
  mkdirSync(path.join(root, 'cache'));
  page('it/index.html', "script-src 'self' 'sha256-home'");
  page('en/index.html', "script-src 'self' 'sha256-home'");
  page('it/map/index.html', "script-src 'self' 'sha256-map'");
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the _headers file', () => {
  it('allows what any page allows, from the policies of every page', async () => {
    expect(await build()).toEqual(['_headers written from 3 page policies (2 distinct; 3 pages read)']);
    expect(headers()).toContain("script-src 'self' 'sha256-home' 'sha256-map'");
  });

  it('takes the last build’s policy for a page left in place, and reads every other page', async () => {
    await build();
    // Changed bytes behind an unchanged page would show here: the record is what is used.
    page('it/map/index.html', "script-src 'self' 'sha256-changed'");
    page('it/new/index.html', "script-src 'self' 'sha256-new'");
    const inPlace = (file: string) => file.endsWith(path.join('it', 'map', 'index.html'));
    expect(await build({ leftInPlace: inPlace })).toEqual([
      '_headers written from 4 page policies (3 distinct; 3 pages read)',
    ]);
    expect(headers()).toContain("'sha256-map'");
    expect(headers()).toContain("'sha256-new'");
    expect(headers()).not.toContain("'sha256-changed'");
    // Not left in place: read again.
    await build();
    expect(headers()).toContain("'sha256-changed'");
    expect(headers()).not.toContain("'sha256-map'");
  });

  it('reads the pages it is given instead of listing the folder', async () => {
    const given = [path.join(site(), 'it/index.html')];
    expect(await build({ htmlFiles: () => given })).toEqual([
      '_headers written from 1 page policies (1 distinct; 1 pages read)',
    ]);
  });
});
