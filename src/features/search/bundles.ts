/** The site's two Pagefind bundles: the hub's pages, and the company directory kept apart. */
export const searchBundles = { hub: 'pagefind', directory: 'pagefind-directory' } as const;
