/**
 * The GitHub Actions workflows, linted: each file against the workflow JSON schema (the validator
 * of @action-validator/core, WebAssembly, nothing downloaded), then what the schema cannot know —
 * read-only permissions unless a job needs more, every action pinned, and the registers refresh
 * wired to the script it runs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { validateWorkflow, type ValidationError } from '@action-validator/core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { refreshSources } from '#features/registers/index.ts';
import { projectRoot } from '#scripts/support/paths.ts';

const folder = path.join(projectRoot, '.github', 'workflows');
const files = readdirSync(folder).filter((name) => /\.ya?ml$/.test(name));
const source = (name: string) => readFileSync(path.join(folder, name), 'utf8');

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, string>;
  id?: string;
  if?: string;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string> | string;
  jobs: Record<string, { permissions?: Record<string, string>; steps?: Step[] }>;
}

/** The innermost messages of a schema error ("one of" errors nest the reasons of each branch). */
function messages(errors: readonly ValidationError[]): string[] {
  return errors.flatMap((error) => {
    const nested = 'states' in error ? (error.states ?? []) : [];
    if (nested.length > 0) return [...new Set(nested.flatMap((state) => messages(state.errors)))];
    const where = 'path' in error ? error.path : `line ${error.location?.line ?? '?'}`;
    return [`${where}: ${error.detail ?? error.title}`];
  });
}

describe('.github/workflows', () => {
  it('holds the workflows', () => {
    expect(files).toEqual(expect.arrayContaining(['ci.yml', 'registers-refresh.yml']));
  });

  it.each(files)('%s is a valid workflow (GitHub workflow schema)', (name) => {
    expect(messages(validateWorkflow(source(name)).errors)).toEqual([]);
  });

  it('the schema check finds a misspelt key', () => {
    const broken = source('registers-refresh.yml').replace('runs-on:', 'run-on:');
    expect(messages(validateWorkflow(broken).errors)).toContain(
      "/jobs/refresh: Additional property 'run-on' is not allowed",
    );
  });

  it.each(files)('%s reads only, unless a job asks for more, and pins every action', (name) => {
    const workflow = parse(source(name)) as Workflow;
    expect(workflow.permissions).toEqual({ contents: 'read' });
    for (const job of Object.values(workflow.jobs)) {
      for (const step of job.steps ?? []) {
        if (step.uses !== undefined) expect(step.uses).toMatch(/^[\w.-]+\/[\w./-]+@(v\d+(\.\d+)*|[0-9a-f]{40})$/);
      }
    }
  });
});

describe('registers-refresh.yml', () => {
  const workflow = parse(source('registers-refresh.yml')) as Workflow;
  const job = workflow.jobs['refresh']!;
  const steps = job.steps!;

  it('runs weekly and by hand, with only the permissions a pull request needs', () => {
    const schedule = workflow.on['schedule'] as { cron: string }[];
    expect(schedule).toHaveLength(1);
    // minute hour * * weekday: once a week.
    expect(schedule[0]!.cron).toMatch(/^\d+ \d+ \* \* [0-6]$/);
    expect(workflow.on).toHaveProperty('workflow_dispatch');
    expect(job.permissions).toEqual({ contents: 'write', 'pull-requests': 'write' });
  });

  it('installs, refreshes, then opens the pull request with the summary as its body', () => {
    const runs = steps.map((step) => step.run ?? step.uses ?? '');
    const install = runs.indexOf('npm ci');
    const refresh = steps.findIndex((step) => step.run?.startsWith('npm run registers:refresh'));
    const pr = steps.findIndex((step) => step.uses?.startsWith('peter-evans/create-pull-request@'));
    expect(install).toBeGreaterThan(-1);
    expect(refresh).toBeGreaterThan(install);
    expect(pr).toBeGreaterThan(refresh);

    const summary = /--summary "\$RUNNER_TEMP\/([^"]+)"/.exec(steps[refresh]!.run!)?.[1];
    expect(summary).toBeDefined();
    expect(steps[pr]!.with?.['body-path']).toBe(`\${{ runner.temp }}/${summary}`);
    expect(steps[pr]!.with?.['add-paths']).toBe('content/registers/');
    expect(steps[pr]!.if).toBe(`steps.${steps[refresh]!.id}.outputs.changes != '0'`);
  });

  it('lists the sources the refresh knows', () => {
    const inputs = (workflow.on['workflow_dispatch'] as { inputs: { sources: { description: string } } }).inputs;
    for (const { adapter } of refreshSources) expect(inputs.sources.description).toContain(adapter);
  });

  it('names the script that exists', () => {
    const manifest = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(manifest.scripts['registers:refresh']).toMatch(/^node .*scripts\/registers-refresh\.ts$/);
  });
});
