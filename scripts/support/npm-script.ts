/**
 * The command of a package.json script as a child process runs it without npm: its first word,
 * `node`, replaced by the Node that runs this process (the project's Node 24), and the scripts it
 * names made absolute. The benchmark and the tests build the site with the "build" script's
 * command, so its Node flags and launcher apply to every build.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export function npmScriptCommand(root: string, name: string): [command: string, ...args: string[]] {
  const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    scripts?: Record<string, string>;
  };
  const words = (manifest.scripts?.[name] ?? '').split(/\s+/).filter(Boolean);
  if (words[0] !== 'node' || words.some((word) => /[&|;<>]/.test(word))) {
    throw new Error(`package.json: expected a "${name}" script that is one node command`);
  }
  return [process.execPath, ...words.slice(1).map((word) => (word.endsWith('.ts') ? path.join(root, word) : word))];
}
