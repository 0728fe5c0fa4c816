/** The adapters by the name given on the command line, with the source and the file of their rows. */
import type { AdapterOptions, AdapterResult, RegisterInput } from './collect.ts';
import { riPmi, riStartup } from './adapters/ri-lists.ts';
import { zefixRest } from './adapters/zefix-rest.ts';
import { zefixSparql } from './adapters/zefix-sparql.ts';

export type Adapter = (input: RegisterInput, options: AdapterOptions) => Promise<AdapterResult>;

/** Each adapter, with the source its rows name and the file they are written to. */
export const adapters = {
  'zefix-rest': { run: zefixRest, source: 'zefix', output: 'ticino-zefix.csv' },
  'zefix-sparql': { run: zefixSparql, source: 'zefix', output: 'ticino-zefix.csv' },
  'ri-startup': { run: riStartup, source: 'ri-startup', output: 'lecco-ri-startup.csv' },
  'ri-pmi': { run: riPmi, source: 'ri-pmi', output: 'lecco-ri-pmi.csv' },
} as const satisfies Record<string, { run: Adapter; source: string; output: string }>;
export type AdapterId = keyof typeof adapters;
