/**
 * The import boundaries of eslint.config.js, proved on fixtures: each one a line of code and the
 * place it pretends to be in. A boundary that stops failing here has stopped guarding the tree.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const violations: { name: string; file: string; code: string; says: string }[] = [
  {
    name: 'a feature reaching into another feature',
    file: 'src/features/search/fixture.ts',
    code: "import { readDirectory } from '#features/directory/read-csv.ts';\n",
    says: 'import its index.ts',
  },
  {
    name: 'a page reaching into a feature',
    file: 'src/pages/fixture.ts',
    code: "import { offlineSections } from '#features/offline/sections.ts';\n",
    says: 'import its index.ts',
  },
  {
    name: 'a component reaching into a feature',
    file: 'src/ui/fixture.astro',
    code: "---\nimport { groupsOf } from '#features/directory/groups.ts';\n---\n<p>{String(groupsOf)}</p>\n",
    says: 'import its index.ts',
  },
  {
    name: 'a relative import climbing two folders',
    file: 'src/features/search/browser/fixture.ts',
    code: "import { sectionPath } from '../../../routes/index.ts';\n",
    says: 'instead of climbing',
  },
  {
    name: 'a schema importing a feature',
    file: 'src/schemas/fixture.ts',
    code: "import { divisionLabel } from '#features/directory/index.ts';\n",
    says: 'Schemas are pure zod',
  },
  {
    name: 'a schema importing a library other than zod',
    file: 'src/schemas/fixture.ts',
    code: "import { parse } from 'yaml';\n",
    says: 'Schemas are pure zod',
  },
  {
    name: 'a CLI script importing test support',
    file: 'scripts/fixture.ts',
    code: "import { buildSite } from '../tests/support/astro-build.ts';\n",
    says: 'Scripts never import tests/',
  },
  {
    name: 'a kernel importing a feature',
    file: 'src/i18n/fixture.ts',
    code: "import { feedPath } from '#features/feeds/index.ts';\n",
    says: 'sit below features',
  },
];

const allowed: { name: string; file: string; code: string }[] = [
  {
    name: 'a page using a feature entry and a component',
    file: 'src/pages/fixture.astro',
    code: "---\nimport { offlineSections } from '#features/offline/index.ts';\nimport SaveOffline from '#features/offline/SaveOffline.astro';\n---\n<SaveOffline />\n",
  },
  {
    name: 'a feature importing its own module and a kernel',
    file: 'src/features/search/fixture.ts',
    code: "import { searchBundles } from './bundles.ts';\nimport { sectionPath } from '#routes';\n",
  },
  {
    name: 'a schema importing zod and schemas',
    file: 'src/schemas/fixture.ts',
    code: "import { z } from 'zod';\nimport { expected } from './common.ts';\nimport { placeSlug } from '#schemas/places.ts';\n",
  },
  {
    name: 'a test looking inside a feature',
    file: 'tests/build/fixture.test.ts',
    code: "import { csvCell } from '#features/open-data/csv.ts';\n",
  },
];

describe('import boundaries', () => {
  it.each(violations)('lint fails on $name', async ({ file, code, says }) => {
    const messages = await restrictedImports(file, code);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(says);
  });

  it.each(allowed)('lint accepts $name', async ({ file, code }) => {
    expect(await restrictedImports(file, code)).toEqual([]);
  });
});
