/**
 * On a page opened from a search result, marks the words found (the result's links carry them
 * as ?highlight=…) with Pagefind's highlight script, loaded only then. Its own inline style would
 * break the content security policy, so search.css styles the marks instead.
 */
import { HIGHLIGHT_PARAM } from '../excerpt.ts';

interface PagefindHighlightModule {
  default: new (options: { highlightParam: string; addStyles: boolean; markOptions?: object }) => unknown;
}

if (new URLSearchParams(window.location.search).has(HIGHLIGHT_PARAM)) {
  // A variable keeps the bundler from trying to resolve a file that only exists after the build.
  const script = '/pagefind/pagefind-highlight.js';
  void (import(/* @vite-ignore */ script) as Promise<PagefindHighlightModule>)
    .then(({ default: PagefindHighlight }) => {
      new PagefindHighlight({
        highlightParam: HIGHLIGHT_PARAM,
        addStyles: false,
        markOptions: { className: 'search-highlight', exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'] },
      });
    })
    // Offline without the script saved, the page simply shows without marks.
    .catch(() => undefined);
}
