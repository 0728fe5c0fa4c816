/**
 * `zefix-rest`: company records of the Zefix public REST API, one record or an array of them.
 * Fields read: uid, name, legalFormId, legalSeat, legalSeatId (BFS number of the municipality),
 * status, deleteDate, address.swissZipCode. Register publications (`shabPub`) are never read:
 * they name people. Records whose seat is outside Ticino are counted and left out. The file is
 * read record by record (json-stream.ts), never whole.
 */
import { formatSwissUid } from '#schemas/identifiers.ts';
import { createCollector, type AdapterOptions, type AdapterResult, type RegisterInput } from '../collect.ts';
import { cell, isRecord, ticinoMunicipality, unknownMunicipality } from './json-input.ts';
import { jsonElements } from './json-stream.ts';

/**
 * Zefix legal-form ids (the API's legal-form list) → the Italian name. 3 is a société anonyme
 * on a published record; the others follow the list's order. An id not listed stops the import
 * with its number: add it from the API's list rather than guess.
 */
export const ZEFIX_LEGAL_FORMS: Record<number, string> = {
  1: 'Ditta individuale',
  2: 'Società in nome collettivo',
  3: 'Società anonima',
  4: 'Società a garanzia limitata',
  5: 'Società cooperativa',
  6: 'Associazione',
  7: 'Fondazione',
};
const SOLE_PROPRIETORSHIP_ID = 1;

/** Zefix status → the row's; GELOESCHT (deleted) is dropped. */
const STATUSES: Record<string, 'active' | 'in-liquidation' | 'deleted'> = {
  EXISTIEREND: 'active',
  AUFGELOEST: 'in-liquidation',
  GELOESCHT: 'deleted',
};

export async function zefixRest(input: RegisterInput, options: AdapterOptions): Promise<AdapterResult> {
  const collector = createCollector(options);
  for await (const item of jsonElements(input)) {
    if ('error' in item) {
      collector.problem({ row: item.index, message: item.error, level: 'error' });
      continue;
    }
    record(item.value, item.index);
  }
  return collector.result();

  function record(record: unknown, row: number): void {
    collector.counts.read++;
    const error = (message: string, field?: string) => collector.reject(row, message, field);
    if (!isRecord(record)) return error('expected a company record (a JSON object)');
    const seat =
      typeof record['legalSeatId'] === 'number' ? record['legalSeatId'] : Number(cell(record['legalSeatId']));
    if (!Number.isInteger(seat) || seat <= 0) {
      return error('expected the BFS number of the municipality of the seat, e.g. 5192 (Lugano)', 'legalSeatId');
    }
    const where = ticinoMunicipality(seat);
    if (where === 'outside') {
      collector.counts.outsideArea++;
      return;
    }
    if (where === 'unknown') return error(unknownMunicipality(seat), 'legalSeatId');
    const statusText = cell(record['status']) ?? '';
    const status = STATUSES[statusText];
    if (status === undefined) {
      return error(`expected one of ${Object.keys(STATUSES).join(', ')} — got "${statusText}"`, 'status');
    }
    // A deleted entity is dropped whatever else its record holds.
    if (status === 'deleted' || (record['deleteDate'] !== null && record['deleteDate'] !== undefined)) {
      collector.add({ row, deleted: true, cells: {} });
      return;
    }
    const formId = record['legalFormId'];
    const legalForm = typeof formId === 'number' ? ZEFIX_LEGAL_FORMS[formId] : undefined;
    if (legalForm === undefined) {
      return error(
        `unknown legal form id ${JSON.stringify(formId)}: expected one of the ids in ZEFIX_LEGAL_FORMS (zefix-rest.ts)`,
        'legalFormId',
      );
    }
    const uid = cell(record['uid']) ?? cell(record['uidFormatted']) ?? '';
    const digits = /^CHE\d{9}$/.test(uid) ? uid.slice(3) : undefined;
    const address = isRecord(record['address']) ? record['address'] : {};
    collector.add({
      row,
      soleProprietorship: formId === SOLE_PROPRIETORSHIP_ID,
      cells: {
        identifier: digits ? formatSwissUid(digits) : uid,
        name: cell(record['name']),
        legal_form: legalForm,
        status,
        municipality: cell(record['legalSeat']),
        municipality_code: String(seat),
        country: 'CH',
        area: 'TI',
        postcode: cell(address['swissZipCode']),
        source: 'zefix',
        retrieved: options.retrieved,
      },
    });
  }
}
