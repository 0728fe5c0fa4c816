/**
 * The files of the open data: per dataset its records as JSON, CSV or gzip-compressed CSV and
 * its JSON Schema, plus a catalogue (/data/index.json) that lists them all with the licence.
 */
import { gzipSync } from 'node:zlib';
import { columnsOf, toCsv } from './csv.ts';
import type { DatasetDefinition, DatasetFormat } from './datasets.ts';

export interface Licence {
  id: string;
  name: string;
  url: string;
  attribution: string;
}

export interface PublishedDataset extends DatasetDefinition {
  records: readonly Record<string, unknown>[];
}

export interface DataFile {
  /** File name under /data/, e.g. companies.csv */
  name: string;
  format: DatasetFormat | 'schema';
  mediaType: string;
}

const mediaTypes: Record<DataFile['format'], string> = {
  json: 'application/json',
  csv: 'text/csv; charset=utf-8',
  'csv.gz': 'application/gzip',
  schema: 'application/schema+json',
};

export function filesOf(dataset: DatasetDefinition): DataFile[] {
  return [...dataset.formats, 'schema' as const].map((format) => ({
    name: format === 'schema' ? `${dataset.id}.schema.json` : `${dataset.id}.${format}`,
    format,
    mediaType: mediaTypes[format],
  }));
}

/** The latest review date among the records (YYYY-MM-DD), so rebuilding unchanged content changes nothing. */
export function lastReviewed(records: readonly Record<string, unknown>[]): string | undefined {
  const dates = records
    .map((record) => (record.reviewed as { date?: unknown } | undefined)?.date)
    .filter((date): date is string => typeof date === 'string')
    .sort();
  return dates.at(-1);
}

export function renderDataFile(
  dataset: PublishedDataset,
  format: DataFile['format'],
  licence: Licence,
): string | Uint8Array {
  switch (format) {
    case 'schema':
      return `${JSON.stringify(dataset.schema, null, 2)}\n`;
    case 'json':
      return `${JSON.stringify(
        {
          $schema: dataset.schema.$id,
          dataset: dataset.id,
          title: dataset.title,
          licence,
          modified: lastReviewed(dataset.records),
          count: dataset.records.length,
          records: dataset.records,
        },
        null,
        2,
      )}\n`;
    case 'csv':
      return toCsv(columnsOf(dataset.schema), dataset.records);
    case 'csv.gz':
      // mtime 0 in the header keeps the file identical across builds of the same data. zlib's
      // default level: for the directory's 17.7 MB, 2 % larger than level 9 in 60 % of the time.
      return gzipSync(toCsv(columnsOf(dataset.schema), dataset.records));
  }
}

export function catalogue(datasets: readonly PublishedDataset[], baseUrl: string, licence: Licence): string {
  return `${JSON.stringify(
    {
      title: 'PMI Network Knowledge Hub – open data',
      licence,
      datasets: datasets.map((dataset) => ({
        id: dataset.id,
        title: dataset.title,
        records: dataset.records.length,
        modified: lastReviewed(dataset.records),
        files: filesOf(dataset).map((file) => ({
          format: file.format,
          mediaType: file.mediaType,
          url: new URL(`/data/${file.name}`, baseUrl).href,
        })),
      })),
    },
    null,
    2,
  )}\n`;
}
