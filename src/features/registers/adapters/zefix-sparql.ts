/**
 * `zefix-sparql`: the W3C SPARQL 1.1 JSON results of zefix-ticino.rq (head.vars and
 * results.bindings, each variable a {type, value} term). The canton is checked again here from
 * the municipality's BFS number, so a changed query cannot let other cantons in.
 */
import { formatSwissUid } from '#schemas/identifiers.ts';
import { createCollector, type AdapterOptions, type AdapterResult, type RegisterInput } from '../collect.ts';
import { isRecord, readJson, ticinoMunicipality, unknownMunicipality } from './json-input.ts';

/** The variables the adapter needs in head.vars. */
export const SPARQL_VARIABLES = ['uid', 'name', 'legalForm', 'municipality'] as const;

const MUNICIPALITY_IRI = /^https:\/\/ld\.admin\.ch\/municipality\/(\d+)$/;
const LEGAL_FORM_IRI = /\/legalforms\/(\d{4})$/;
/** eCH-0097 code of a sole proprietorship (Einzelunternehmen / ditta individuale). */
const SOLE_PROPRIETORSHIP_CODE = '0101';

export async function zefixSparql(input: RegisterInput, options: AdapterOptions): Promise<AdapterResult> {
  const collector = createCollector(options);
  const json = await readJson(input);
  if ('problem' in json) {
    collector.problem(json.problem);
    return collector.result();
  }
  const value = json.value;
  const vars = isRecord(value) && isRecord(value['head']) ? value['head']['vars'] : undefined;
  const bindings = isRecord(value) && isRecord(value['results']) ? value['results']['bindings'] : undefined;
  if (!Array.isArray(vars) || !Array.isArray(bindings)) {
    collector.problem({
      row: 1,
      message:
        'expected SPARQL 1.1 JSON results: an object with "head": {"vars": […]} and "results": {"bindings": […]}',
      level: 'error',
    });
    return collector.result();
  }
  const missing = SPARQL_VARIABLES.filter((name) => !vars.includes(name));
  if (missing.length > 0) {
    collector.problem({
      row: 1,
      field: 'head.vars',
      message: `the results lack the variables ${missing.map((name) => `?${name}`).join(', ')}: run the query of zefix-ticino.rq`,
      level: 'error',
    });
    return collector.result();
  }
  bindings.forEach((binding, index) => {
    const row = index + 1;
    collector.counts.read++;
    const term = (name: string): string | undefined => {
      const found = isRecord(binding) ? binding[name] : undefined;
      return isRecord(found) && typeof found['value'] === 'string' ? found['value'].trim() : undefined;
    };
    const municipalityIri = term('municipality') ?? '';
    const bfs = MUNICIPALITY_IRI.exec(municipalityIri)?.[1];
    if (bfs === undefined) {
      collector.reject(
        row,
        `expected a municipality such as https://ld.admin.ch/municipality/5192 — got "${municipalityIri}"`,
        'municipality',
      );
      return;
    }
    const where = ticinoMunicipality(Number(bfs));
    if (where === 'outside') {
      collector.counts.outsideArea++;
      return;
    }
    if (where === 'unknown') {
      collector.reject(row, unknownMunicipality(Number(bfs)), 'municipality');
      return;
    }
    const legalFormIri = term('legalForm') ?? '';
    const code = LEGAL_FORM_IRI.exec(legalFormIri)?.[1];
    const uid = term('uid') ?? '';
    collector.add({
      row,
      deleted: term('dissolutionDate') !== undefined,
      soleProprietorship: code === SOLE_PROPRIETORSHIP_CODE,
      cells: {
        identifier: /^CHE\d{9}$/.test(uid) ? formatSwissUid(uid.slice(3)) : uid,
        name: term('name'),
        legal_form: term('legalFormName') ?? (code ? `eCH-0097 ${code}` : undefined),
        status: 'active',
        municipality: term('municipalityName'),
        municipality_code: bfs,
        country: 'CH',
        area: 'TI',
        source: 'zefix',
        retrieved: options.retrieved,
      },
    });
  });
  return collector.result();
}
