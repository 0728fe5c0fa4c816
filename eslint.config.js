// @ts-check
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

/**
 * Import boundaries (README, "Architecture"). Each file gets one list: a later block replaces the
 * rule of an earlier one, so every list repeats the rules that still apply.
 */
const climbing = {
  regex: '^\\.\\./\\.\\./',
  message: 'Import by name (#features/…, #ui/…, #schemas/…, #i18n) instead of climbing more than one folder.',
};
const intoAFeature = {
  regex: '^#features/[^/]+/(?!(?:index|astro|browser)\\.ts$)(?![\\w/-]*[A-Z][\\w-]*\\.astro$)',
  message:
    'From outside a feature, import its index.ts (plain TypeScript), astro.ts (needs Astro), browser.ts (browser scripts) or one of its components.',
};
const intoTests = {
  regex: '(^|/)tests/',
  message: 'Scripts never import tests/: move what both need to scripts/support/.',
};
const upFromAKernel = {
  regex: '^#(features|ui|collections)/',
  message: 'src/i18n and src/routes sit below features, ui and collections: move the shared part down instead.',
};
/** @param {string[]} allowed */
const schemaImport = (allowed) => ({
  regex: `^(?!(?:${allowed.join('|')})$|\\./|#schemas/)`,
  message: 'Schemas are pure zod: they import only zod and other schemas.',
});
/**
 * @param {{ regex: string; message: string }[]} patterns
 * @returns {import('eslint').Linter.RulesRecord}
 */
const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'coverage/'] },
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  { rules: restrict(climbing, intoAFeature) },
  { files: ['scripts/**'], rules: restrict(climbing, intoAFeature, intoTests) },
  { files: ['src/i18n/**', 'src/routes/**'], rules: restrict(climbing, intoAFeature, upFromAKernel) },
  // Tests may look inside a feature.
  { files: ['tests/**', '**/*.test.ts'], rules: restrict(climbing) },
  { files: ['scripts/**/*.test.ts'], rules: restrict(climbing, intoTests) },
  { files: ['src/schemas/**'], rules: restrict(climbing, schemaImport(['zod'])) },
  { files: ['src/schemas/**/*.test.ts'], rules: restrict(climbing, schemaImport(['zod', 'vitest'])) },
);
