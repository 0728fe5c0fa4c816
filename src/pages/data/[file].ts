/**
 * /data/<dataset>.json, .csv, .csv.gz and .schema.json, and the catalogue /data/index.json:
 * written at build time from the validated collections (src/features/open-data/).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { catalogue, type DataFile, filesOf, type PublishedDataset, renderDataFile } from '#features/open-data/index.ts';
import { getDatasets } from '#features/open-data/astro.ts';
import { siteConfig } from '#site-config';

interface Props {
  /** Undefined for the catalogue. */
  dataset?: PublishedDataset;
  file?: DataFile;
}

export const getStaticPaths = (async () => {
  const datasets = await getDatasets(import.meta.env.SITE);
  return [
    { params: { file: 'index.json' }, props: {} satisfies Props },
    ...datasets.flatMap((dataset) =>
      filesOf(dataset).map((file) => ({ params: { file: file.name }, props: { dataset, file } satisfies Props })),
    ),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = async ({ props, site }) => {
  const { dataset, file } = props;
  const baseUrl = site?.href ?? import.meta.env.SITE;
  if (!dataset || !file) {
    const body = catalogue(await getDatasets(baseUrl), baseUrl, siteConfig.openDataLicence);
    return new Response(body, { headers: { 'Content-Type': 'application/json' } });
  }
  const body = renderDataFile(dataset, file.format, siteConfig.openDataLicence);
  return new Response(typeof body === 'string' ? body : new Uint8Array(body), {
    headers: { 'Content-Type': file.mediaType },
  });
};
