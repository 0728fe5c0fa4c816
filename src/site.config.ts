/**
 * Where the site's source lives. "Edit this page" and "report a correction" links, the
 * editorial report and the contributor guides all read it from here.
 *
 * Set `repository` to the real public repository before going live: the links on every page
 * point at it.
 */
export const siteConfig = {
  repository: 'https://github.com/pmi-network/knowledge-hub',
  /** The branch editors propose changes against and the site is built from. */
  branch: 'main',
  /**
   * The licence of the open data (/data/…) and of the texts, stated on the open-data page, in
   * every data file and in the data catalogue. Change it here only.
   */
  openDataLicence: {
    id: 'CC-BY-4.0',
    name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
    url: 'https://creativecommons.org/licenses/by/4.0/',
    /** How reusers should credit the hub. */
    attribution: 'PMI Network Knowledge Hub',
  },
  /**
   * The network's desk: where "get in touch" writes when an organisation publishes no e-mail
   * address, and from the fictional examples. Set PMI_DESK_EMAIL when building for another host.
   */
  deskEmail: process.env['PMI_DESK_EMAIL'] ?? 'sportello@pmi-network.eu',
} as const;

/** GitHub's web editor for one file of the repository, e.g. content/companies/x.yaml. */
export function editFileUrl(file: string): string {
  return `${siteConfig.repository}/edit/${siteConfig.branch}/${encodePath(file)}`;
}

/** The file as it is on the main branch, for reading. */
export function viewFileUrl(file: string): string {
  return `${siteConfig.repository}/blob/${siteConfig.branch}/${encodePath(file)}`;
}

/**
 * A new "correction request" issue with the page and the file already filled in
 * (.github/ISSUE_TEMPLATE/correction-request.yml names the fields).
 */
export function correctionRequestUrl({ page, file, title }: { page: string; file: string; title: string }): string {
  const query = new URLSearchParams({
    template: 'correction-request.yml',
    title: `Correction: ${title}`,
    page,
    file,
  });
  return `${siteConfig.repository}/issues/new?${query.toString()}`;
}

/** A new issue of one of the .github/ISSUE_TEMPLATE forms. */
export function newIssueUrl(template: string): string {
  return `${siteConfig.repository}/issues/new?template=${encodeURIComponent(template)}`;
}

function encodePath(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}
