/**
 * Says which test projects run, in which order and with how many files, before the first test
 * and when each project starts: a long run tells what it is doing.
 */
import type { Reporter, TestModule, TestSpecification } from 'vitest/node';

const roles: Record<string, string> = {
  unit: 'code next to it, no build',
  content: 'the content check on bad-content fixtures, no build',
  build: 'the built site as files, after one astro build',
  browser: 'the built site in headless Chromium',
};

export default class ProjectReporter implements Reporter {
  private readonly started = new Set<string>();

  onTestRunStart(specifications: ReadonlyArray<TestSpecification>): void {
    const files = new Map<string, Set<string>>();
    for (const { project, moduleId } of specifications) {
      const name = project.name;
      files.set(name, (files.get(name) ?? new Set()).add(moduleId));
    }
    const order = [...files.keys()].sort((a, b) => Object.keys(roles).indexOf(a) - Object.keys(roles).indexOf(b));
    console.log(
      `Test projects: ${order.map((name) => `${name} (${files.get(name)?.size} file${files.get(name)?.size === 1 ? '' : 's'}: ${roles[name] ?? 'tests'})`).join(', ')}`,
    );
  }

  onTestModuleStart(testModule: TestModule): void {
    const name = testModule.project.name;
    if (this.started.has(name)) return;
    this.started.add(name);
    console.log(`▶ ${name}: ${roles[name] ?? 'tests'}`);
  }
}
