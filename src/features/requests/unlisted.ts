/**
 * The requests that are not on the board on a day (closed, or past their expiry day), read from
 * their files: the sitemap's filter runs in the Astro config, before any content collection, and
 * their pages say they are no longer current (noindex), so the sitemap leaves them out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { isListed } from '#schemas/requests.ts';

export function unlistedRequestIds(contentDir: string, today: Date): Set<string> {
  const folder = path.join(contentDir, 'requests');
  let files: string[];
  try {
    files = readdirSync(folder).filter((name) => name.endsWith('.yaml') && !name.startsWith('_'));
  } catch {
    return new Set();
  }
  const unlisted = new Set<string>();
  for (const file of files) {
    const data = (parse(readFileSync(path.join(folder, file), 'utf8')) ?? {}) as {
      status?: unknown;
      expires?: unknown;
    };
    const expires = new Date(`${String(data.expires).slice(0, 10)}T00:00:00Z`);
    // A file the content check would refuse is left to it: here it only must not be listed wrongly.
    const listed =
      !Number.isNaN(expires.getTime()) &&
      isListed({ status: data.status === 'closed' ? 'closed' : 'active', expires }, today);
    if (!listed) unlisted.add(file.replace(/\.yaml$/, ''));
  }
  return unlisted;
}
