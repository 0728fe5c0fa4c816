/**
 * Reads the controlled vocabularies straight from content/taxonomies/ so the other schemas can
 * name the allowed ids in their messages. Runs in Node (content config, scripts, tests).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import {
  expertiseAreaSchema,
  fundingInstrumentSchema,
  ipTopicSchema,
  regionSchema,
  sectorSchema,
  type Vocabulary,
} from '#schemas/taxonomy.ts';
import { ContentError, formatIssues } from '#schemas/format-issues.ts';

export const taxonomyFiles = {
  sectors: { file: 'sectors.yaml', schema: sectorSchema },
  expertiseAreas: { file: 'expertise-areas.yaml', schema: expertiseAreaSchema },
  fundingInstruments: { file: 'funding-instruments.yaml', schema: fundingInstrumentSchema },
  regions: { file: 'regions.yaml', schema: regionSchema },
  ipTopics: { file: 'ip-topics.yaml', schema: ipTopicSchema },
} as const;

type TaxonomyName = keyof typeof taxonomyFiles;

function readTaxonomy<Name extends TaxonomyName>(contentDir: string, name: Name, problems: string[]) {
  const { file, schema } = taxonomyFiles[name];
  const relative = `content/taxonomies/${file}`;
  let raw: unknown;
  try {
    raw = parse(readFileSync(path.join(contentDir, 'taxonomies', file), 'utf8'));
  } catch (error) {
    problems.push(`${relative}: cannot be read as YAML (${(error as Error).message.split('\n')[0]})`);
    return [];
  }
  const result = z.array(schema as z.ZodType).safeParse(raw);
  if (!result.success) {
    problems.push(...formatIssues(relative, result.error.issues));
    return [];
  }
  const terms = result.data as z.output<(typeof taxonomyFiles)[Name]['schema']>[];
  const seen = new Set<string>();
  for (const term of terms) {
    if (seen.has(term.id)) problems.push(`${relative}: id "${term.id}" is used twice`);
    seen.add(term.id);
  }
  return terms;
}

/** Loads every taxonomy; throws one ContentError listing all problems. */
export function loadVocabulary(contentDir: string): Vocabulary {
  const { vocabulary, problems } = readVocabulary(contentDir);
  if (problems.length > 0) throw new ContentError(problems);
  return vocabulary;
}

/**
 * Reads every taxonomy and returns the problems instead of throwing, so the content check can
 * report them with everything else. A broken taxonomy contributes no ids.
 */
export function readVocabulary(contentDir: string): {
  vocabulary: Vocabulary;
  /** Each file's terms as read (content/taxonomies/<file> → terms), for what needs their labels. */
  terms: Record<string, { id: string; label: { it: string; en: string } }[]>;
  problems: string[];
} {
  const problems: string[] = [];
  // Read in a fixed order so problems are always reported in the same order.
  const sectors = readTaxonomy(contentDir, 'sectors', problems);
  const expertiseAreas = readTaxonomy(contentDir, 'expertiseAreas', problems);
  const fundingInstruments = readTaxonomy(contentDir, 'fundingInstruments', problems);
  const regions = readTaxonomy(contentDir, 'regions', problems);
  const ipTopics = readTaxonomy(contentDir, 'ipTopics', problems);
  const ids = (terms: { id: string }[]) => terms.map((term) => term.id);
  const vocabulary: Vocabulary = {
    sectors: ids(sectors),
    expertiseAreas: ids(expertiseAreas),
    fundingInstruments: ids(fundingInstruments),
    regions: ids(regions),
    ipTopics: ids(ipTopics),
    regionCountry: Object.fromEntries(regions.map((region) => [region.id, region.country])),
  };
  const terms = Object.fromEntries(
    (
      [
        ['sectors', sectors],
        ['expertiseAreas', expertiseAreas],
        ['fundingInstruments', fundingInstruments],
        ['regions', regions],
        ['ipTopics', ipTopics],
      ] as const
    ).map(([name, list]) => [taxonomyFiles[name].file, list]),
  );
  return { vocabulary, terms, problems };
}
