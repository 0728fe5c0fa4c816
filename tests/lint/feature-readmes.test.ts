/**
 * Each feature has a README of at most 20 lines that says what it may import, and its code keeps
 * to that: the "May import:" line lists the kernels (`#i18n`, `#schemas/*` …) and the features
 * (`facts`, …) its modules import. Tests may import more.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '#scripts/support/paths.ts';

const featuresDir = path.join(projectRoot, 'src', 'features');
const features = readdirSync(featuresDir).filter((name) => statSync(path.join(featuresDir, name)).isDirectory());

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|astro|js)$/.test(name) && !name.endsWith('.test.ts') ? [full] : [];
  });
}

/** "#i18n/format.ts" is covered by `#i18n` or `#i18n/*`; "#features/facts/index.ts" by `facts`. */
function covered(specifier: string, kernels: readonly string[], allowedFeatures: readonly string[]): boolean {
  const feature = /^#features\/([^/]+)\//.exec(specifier)?.[1];
  if (feature) return allowedFeatures.includes(feature);
  return kernels.some((kernel) => {
    const base = kernel.replace(/\/\*$/, '');
    return specifier === kernel || specifier === base || specifier.startsWith(`${base}/`);
  });
}

describe.each(features)('feature %s', (feature) => {
  const readme = readFileSync(path.join(featuresDir, feature, 'README.md'), 'utf8');

  it('has a README of at most 20 lines with its public entry and what it may import', () => {
    expect(readme.trimEnd().split('\n').length).toBeLessThanOrEqual(20);
    expect(readme).toMatch(/^Public entry: /m);
    expect(readme).toMatch(/^May import: /m);
  });

  it('imports only what its README allows', () => {
    const line = /^May import: (.*)$/m.exec(readme)?.[1] ?? '';
    const named = [...line.matchAll(/`([^`]+)`/g)].map((match) => match[1]!);
    const kernels = named.filter((name) => name.startsWith('#'));
    const allowedFeatures = named.filter((name) => features.includes(name));
    const outside = sourceFiles(path.join(featuresDir, feature)).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'(#[^']+)'/g)]
        .map((match) => match[1]!)
        .filter((specifier) => !specifier.startsWith(`#features/${feature}/`))
        .filter((specifier) => !covered(specifier, kernels, allowedFeatures))
        .map((specifier) => `${path.relative(projectRoot, file)}: ${specifier}`),
    );
    expect(outside, `imports that src/features/${feature}/README.md does not list under "May import"`).toEqual([]);
  });
});
