/**
 * Reads a JSON download whole, for the SPARQL results, whose rows sit two levels down
 * (results.bindings). Short rows of a few hundred bytes: 50,000 of them are some tens of
 * megabytes, within the import's memory budget; a much larger result should be fetched in pages
 * (LIMIT/OFFSET). The REST records are streamed instead (json-stream.ts).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { RegisterInput, RegisterProblem } from '../collect.ts';

export async function readJson(input: RegisterInput): Promise<{ value: unknown } | { problem: RegisterProblem }> {
  const chunks: Buffer[] = [];
  for await (const chunk of input) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  const text = Buffer.concat(chunks)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  if (text.trim() === '') return { problem: { row: 1, message: 'the file is empty: expected JSON', level: 'error' } };
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    // An error at the very end of the text means the file stops in the middle of a value.
    const position = Number(/position (\d+)/.exec(reason)?.[1] ?? Number.NaN);
    const atEnd = /end of (JSON )?input|Unterminated/i.test(reason) || position >= text.trimEnd().length;
    const cut = atEnd ? ' (is the file cut short?)' : '';
    return { problem: { row: 1, message: `the file is not valid JSON${cut}: ${reason}`, level: 'error' } };
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A JSON value as a cell: text and numbers as text, anything else absent. */
export function cell(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** BFS municipality numbers of the canton of Ticino: the block 5001–5399. */
export function isTicinoMunicipality(bfs: number): boolean {
  return Number.isInteger(bfs) && bfs >= 5001 && bfs <= 5399;
}

let ticinoNumbers: ReadonlySet<number> | undefined;

/**
 * The municipalities of Ticino today: the numbers of the block that the FSO's generalised
 * boundaries (GEOSTAT, via the swiss-maps package, 2026 edition, also drawn on the map) hold.
 * A number of the block that is not among them was never a municipality, or was merged away.
 */
function ticinoMunicipalityNumbers(): ReadonlySet<number> {
  if (!ticinoNumbers) {
    const require = createRequire(import.meta.url);
    const topology = JSON.parse(readFileSync(require.resolve('swiss-maps/2026/ch-combined.json'), 'utf8')) as {
      objects: { municipalities: { geometries: { id?: number | string }[] } };
    };
    ticinoNumbers = new Set(
      topology.objects.municipalities.geometries.map((geometry) => Number(geometry.id)).filter(isTicinoMunicipality),
    );
  }
  return ticinoNumbers;
}

/** Where a BFS number lies: a municipality of Ticino, another canton, or a number of Ticino's block that names none. */
export function ticinoMunicipality(bfs: number): 'ticino' | 'outside' | 'unknown' {
  if (!isTicinoMunicipality(bfs)) return 'outside';
  return ticinoMunicipalityNumbers().has(bfs) ? 'ticino' : 'unknown';
}

export const unknownMunicipality = (bfs: number) =>
  `${bfs} is in Ticino's block of BFS numbers but names no municipality of the canton today (FSO, 2026 boundaries): check the number; a municipality merged into another takes the new one's number`;
