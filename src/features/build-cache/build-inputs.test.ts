import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildInputsDigest } from './build-inputs.ts';

let dir: string;
let root: string;
const write = (file: string, text: string) => {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
};
const env = { PMI_BUILD_DATE: '2026-12-07', PMI_DIRECTORY_DIR: '' } as NodeJS.ProcessEnv;
const digest = (changes: NodeJS.ProcessEnv = {}, args = ['build']) =>
  buildInputsDigest({ root, env: { ...env, ...changes }, args });

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'build-inputs-'));
  root = path.join(dir, 'project');
  write(path.join(root, 'content', 'story.mdx'), 'Una storia');
  write(path.join(root, '.gitignore'), 'dist/\nnode_modules/\ncoverage/\n');
  write(path.join(root, 'node_modules', '.package-lock.json'), '{"packages":{}}');
  write(path.join(dir, 'rows', 'lecco.csv'), 'id,name\nlc-1,Tessitura\n');
  execFileSync('git', ['init', '-q'], { cwd: root });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the hash of a build’s inputs', () => {
  it('is the same for the same project, settings and day', () => {
    expect(digest()).toMatch(/^[0-9a-f]{64}$/);
    expect(digest()).toBe(digest());
  });

  it('changes with a project file, a new file, a removed file and the installed packages', () => {
    const before = digest();
    write(path.join(root, 'content', 'story.mdx'), 'Una storia corretta');
    const edited = digest();
    expect(edited).not.toBe(before);
    write(path.join(root, 'content', 'new.mdx'), 'Nuova');
    const added = digest();
    expect(added).not.toBe(edited);
    rmSync(path.join(root, 'content', 'new.mdx'));
    expect(digest()).toBe(edited);
    write(path.join(root, 'node_modules', '.package-lock.json'), '{"packages":{"astro":{}}}');
    expect(digest()).not.toBe(edited);
  });

  it('does not change with what git ignores: the site folder, test coverage', () => {
    const before = digest();
    write(path.join(root, 'dist', 'index.html'), '<html>');
    write(path.join(root, 'coverage', 'lcov.info'), 'TN:');
    expect(digest()).toBe(before);
  });

  it('reads the rows of a directory named outside the project, and links as links', () => {
    const rows = path.join(dir, 'rows');
    const before = digest({ PMI_DIRECTORY_DIR: rows });
    expect(before).not.toBe(digest());
    write(path.join(rows, 'lecco.csv'), 'id,name\nlc-1,Tessitura (bis)\n');
    expect(digest({ PMI_DIRECTORY_DIR: rows })).not.toBe(before);
    // A row file linked into that folder counts by its bytes.
    write(path.join(dir, 'elsewhere', 'ticino.csv'), 'id,name\nti-1,Meccanica\n');
    symlinkSync(path.join(dir, 'elsewhere', 'ticino.csv'), path.join(rows, 'ticino.csv'));
    const withLink = digest({ PMI_DIRECTORY_DIR: rows });
    write(path.join(dir, 'elsewhere', 'ticino.csv'), 'id,name\nti-1,Meccanica (bis)\n');
    expect(digest({ PMI_DIRECTORY_DIR: rows })).not.toBe(withLink);
    // A link git would list is hashed as where it points, never followed into a folder.
    symlinkSync(rows, path.join(root, 'rows-link'));
    const linked = digest();
    write(path.join(rows, 'vaud.csv'), 'id,name\n');
    expect(digest()).toBe(linked);
  });

  it('changes with the build date, the settings pages read and the arguments, not with where the build writes', () => {
    const before = digest();
    expect(digest({ PMI_BUILD_DATE: '2027-01-01' })).not.toBe(before);
    expect(digest({ PMI_DESK_EMAIL: 'desk@example.org' })).not.toBe(before);
    expect(digest({ SITE_URL: 'https://example.org' })).not.toBe(before);
    expect(digest({}, ['build', '--verbose'])).not.toBe(before);
    expect(digest({ PMI_OUT_DIR: '/tmp/elsewhere', PMI_CACHE_DIR: '/tmp/cache', HOME: '/nowhere' })).toBe(before);
  });

  it('is not made without git to list the project’s files', () => {
    rmSync(path.join(root, '.git'), { recursive: true, force: true });
    expect(digest()).toBeUndefined();
  });
});
