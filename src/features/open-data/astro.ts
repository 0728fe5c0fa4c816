export { getDatasets } from './hub-datasets.ts';
