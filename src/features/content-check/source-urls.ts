/**
 * Source hygiene: the address of every source a reader may follow must be a real, public,
 * complete page. Each test names what is wrong in words an editor can act on (see
 * ./rules/source-urls.ts, which checks every source field).
 */

// Host labels that mark a test or preview copy of a site, not the public one.
const STAGING_LABEL = /^(?:staging|stage|preview|uat|qa|test|dev|sandbox)$|(?:^|-)(?:staging|uat|preview)(?:-|$)/;
const PREVIEW_HOSTS = /\.(?:vercel\.app|netlify\.app|pages\.dev|herokuapp\.com|ngrok\.io|ngrok-free\.app)$/;

/** What is wrong with a source address, or undefined when it is fine. */
export function sourceUrlProblem(url: string): string | undefined {
  if (/[^\x21-\x7e]/.test(url)) {
    const character = [...url].find((char) => !/[\x21-\x7e]/.test(char))!;
    return `contains "${character}", which is not allowed as such in a web address: copy the address from the browser's address bar (it is then written with % codes, e.g. ${encodeURI(character)})`;
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'is not a complete web address: copy it from the browser’s address bar';
  }
  // "https only" is the schema's rule (httpsUrl), reported with the field already.
  const labels = parsed.hostname.toLowerCase().split('.');
  if (labels.some((label) => STAGING_LABEL.test(label)) || PREVIEW_HOSTS.test(parsed.hostname.toLowerCase())) {
    return `is on ${parsed.hostname}, a test or preview copy of a site, not its public address: link the same page on the public site`;
  }
  if (/(?:\.\.\.|…|%E2%80%A6)/i.test(url)) {
    return 'is shortened ("..." or "…"): an address copied from a search result or a list is cut off; open the page and copy its full address';
  }
  return undefined;
}
