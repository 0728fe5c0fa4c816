// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { editorialChecks } from '#features/content-check/index.ts';
import { offlineSupport } from '#features/offline/index.ts';
import { pagefindSearch, searchBundles } from '#features/search/index.ts';
import { compactHtmlFiles, postBuildApart } from '#features/post-build/index.ts';
import { buildDate } from '#features/facts/index.ts';
import { cacheFolder, keptSiteFolder, siteFolder, siteFolderStamp } from '#features/build-cache/index.ts';
import { cmsAdmin } from '#features/cms/index.ts';
import { unlistedRequestIds } from '#features/requests/index.ts';
import { externalLinks } from '#features/external-links/index.ts';
import { sitemapAlternates } from '#features/feeds/index.ts';
import { stackedTables } from '#features/stacked-tables/index.ts';
import {
  NOT_FOR_VISITORS,
  cspDirectives,
  scriptSources,
  securityHeadersFile,
  styleSources,
} from '#features/security/index.ts';

// Requests off the board on the build day keep a noindex page for shared links, out of the sitemap.
const unlistedRequests = unlistedRequestIds('content', buildDate());
// The site folder kept between builds: compaction and the security headers skip the pages it left
// as they were, and both read its one listing of the pages.
// The sitemap's hreflang alternates, grouped once instead of by the sitemap's `i18n` option.
const alternates = sitemapAlternates();
const keptFolder = keptSiteFolder({ ownFolders: Object.values(searchBundles) });

export default defineConfig({
  // Absolute URLs (canonical, hreflang) need the public origin; set SITE_URL when deploying elsewhere.
  site: process.env.SITE_URL ?? 'https://hub.pmi-network.eu',
  trailingSlash: 'always',
  // The benchmark builds generated corpora into folders of its own (scripts/bench.ts).
  outDir: siteFolder(),
  // Astro's caches, the pages the incremental build reuses and the search indexes (PMI_CACHE_DIR).
  cacheDir: cacheFolder(),
  build: { format: 'directory' },
  // Pages whose cacheKey (src/features/build-cache/) and code are unchanged are copied from the last build.
  experimental: { incrementalBuild: true },
  // Keep the whitespace between elements: search reads "Sede Lecco", not "SedeLecco".
  compressHTML: false,
  vite: {
    build: {
      // The site folder is kept between builds and checked and pruned by keptSiteFolder below:
      // the pages a rebuild reuses stay in place instead of being copied back one by one.
      emptyOutDir: false,
      rollupOptions: {
        // Astro marks each MDX entry with its own "use astro:head-inject" directive, and the bundler
        // warns once per entry that it may not keep it (withastro/astro#18087): hundreds of lines that
        // say nothing about this site. Every other warning still prints.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  // Shiki colours code with inline styles, which the Content Security Policy forbids.
  markdown: { syntaxHighlight: false },
  // A strict Content Security Policy in every page: Astro hashes its own scripts and styles.
  security: {
    csp: {
      directives: [...cspDirectives],
      scriptDirective: { resources: [...scriptSources] },
      styleDirective: { resources: [...styleSources] },
    },
  },
  // editorialChecks: safe MDX in every compile, and the content check before every build.
  // stackedTables: tables in Markdown and MDX become one card per row on phones.
  // sitemap: every page with its hreflang alternates (sitemapAlternates, the codes of src/i18n/locales.ts).
  // keptSiteFolder first and siteFolderStamp last: the site folder is kept only as the last
  // finished build left it (src/features/build-cache/site-folder.ts).
  integrations: [
    keptFolder,
    editorialChecks(),
    externalLinks(),
    stackedTables(),
    mdx(),
    sitemap({
      // The language chooser is not content, the editorial report is for editors only, and the
      // filtered lists of stories repeat the stories index (they are noindex too).
      filter: (page) => {
        const { pathname } = new URL(page);
        const listed =
          pathname !== '/' &&
          !/^\/(?:it|en)\/editorial-report\/$/.test(pathname) &&
          !/^\/(?:it|en)\/case-studies\/filter\//.test(pathname) &&
          !/^\/(?:it|en)\/requests\/(?:kind|country)\//.test(pathname) &&
          !unlistedRequests.has(/^\/(?:it|en)\/requests\/([a-z0-9-]+)\/$/.exec(pathname)?.[1] ?? '');
        if (listed) alternates.keep(page);
        return listed;
      },
      serialize: (item) => {
        const links = alternates.linksOf(item.url);
        return links ? { ...item, links } : item;
      },
    }),
    compactHtmlFiles({ leftInPlace: keptFolder.leftInPlace, htmlFiles: keptFolder.htmlPages }),
    pagefindSearch(),
    // The CMS and the headers file are not the visitors': never precached, whenever they are written.
    offlineSupport({ notForVisitors: NOT_FOR_VISITORS }),
    securityHeadersFile({ leftInPlace: keptFolder.leftInPlace, htmlFiles: keptFolder.htmlPages }),
    // The editors' CMS at /admin/, written last: search, offline and the sitemap leave it out.
    cmsAdmin(),
    // When the search indexes are written after this process, that step records the folder.
    siteFolderStamp({ recordedAfter: postBuildApart() }),
  ],
});
