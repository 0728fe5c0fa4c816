/**
 * The published research-centre catalogue, read straight from content/research-centres/ and
 * validated with the same schema and vocabulary as the build. The catalogue is promised to hold
 * at least 20 real organisations, each with an https source and a review date readers can see.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { contentKinds } from './content-kinds.ts';
import { loadVocabulary } from './vocabulary.ts';
import { researchCentreSchema, type ResearchCentreData } from '#schemas/research-centre.ts';

const MINIMUM_ORGANISATIONS = 20;

const contentDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'content');
const { folder, extension } = contentKinds.researchCentres;
const schema = researchCentreSchema({ vocabulary: loadVocabulary(contentDir) });

/** Published entries only: files starting with "_" are drafts and never reach the site. */
const files = readdirSync(path.join(contentDir, folder))
  .filter((name) => name.endsWith(extension) && !name.startsWith('_'))
  .sort();

const entries = files.map((name) => {
  const result = schema.safeParse(parse(readFileSync(path.join(contentDir, folder, name), 'utf8')));
  return { name, result };
});

const valid = entries.flatMap(({ name, result }) =>
  result.success ? [{ name, centre: result.data as ResearchCentreData }] : [],
);

describe('the research-centre catalogue', () => {
  it(`lists at least ${MINIMUM_ORGANISATIONS} organisations`, () => {
    expect(files.length).toBeGreaterThanOrEqual(MINIMUM_ORGANISATIONS);
  });

  it('passes the research-centre schema in every file', () => {
    const failing = entries
      .filter(({ result }) => !result.success)
      .map(({ name, result }) => `${name}: ${result.error?.issues.map((issue) => issue.message).join('; ')}`);
    expect(failing).toEqual([]);
  });

  it('gives every organisation at least one source, all of them on https', () => {
    const problems = valid.flatMap(({ name, centre }) => {
      if (centre.sources.length === 0) return [`${name}: no sources`];
      return centre.sources
        .filter((source) => new URL(source.url).protocol !== 'https:')
        .map((source) => `${name}: ${source.url} is not https`);
    });
    expect(problems).toEqual([]);
    expect(valid.length).toBe(files.length);
  });

  it('gives every organisation a real review date and a reviewer', () => {
    const problems = valid
      .filter(({ centre }) => Number.isNaN(centre.reviewed.date.getTime()) || centre.reviewed.by.trim() === '')
      .map(({ name }) => name);
    expect(problems).toEqual([]);
    expect(valid.length).toBe(files.length);
  });

  it('gives each organisation its own name', () => {
    const names = valid.map(({ centre }) => centre.name);
    expect(new Set(names).size).toBe(names.length);
  });
});
