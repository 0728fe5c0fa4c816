// html-validate configuration for the built site (dist/). tests/build/html.test.ts validates every
// page with it; `npx html-validate "dist/**/*.html"` runs the same check by hand.
/** @type {import('html-validate').ConfigData} */
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // The markup is generated, not hand-written: indentation and trailing spaces are Astro's
    // output and mean nothing to browsers.
    'no-trailing-whitespace': 'off',
    // role="list" on lists styled with `list-style: none` is deliberate: Safari and VoiceOver
    // stop announcing such lists as lists without it. Likewise the comparison table, shown as
    // cards on phones: a table whose display CSS changes loses its table semantics in some
    // browsers unless its roles are written out.
    'no-redundant-role': [
      'error',
      { exclude: ['list', 'table', 'rowgroup', 'row', 'columnheader', 'rowheader', 'cell'] },
    ],
    'prefer-native-element': ['error', { exclude: ['list'] }],
    // Titles come from content, whose schema allows 120 characters, plus " · PMI Network".
    'long-title': ['error', { maxlength: 140 }],
  },
};
