/**
 * Reads an iCalendar text (RFC 5545) back into its calendar and events, and lists what breaks
 * the format: lines not ended by CRLF or longer than 75 octets, unbalanced BEGIN/END, a calendar
 * without VERSION 2.0 or PRODID, an event without UID, DTSTAMP or DTSTART, malformed dates. The
 * tests read the site's calendar files with it; it is no general-purpose parser.
 */

export interface IcalProperty {
  name: string;
  params: Record<string, string>;
  /** The value with the text escapes (\n \, \; \\) undone. */
  value: string;
}

export interface IcalComponent {
  name: string;
  properties: IcalProperty[];
  components: IcalComponent[];
}

export interface IcalEvent {
  uid: string;
  summary: string;
  description: string;
  /** YYYYMMDD for all-day entries, YYYYMMDDTHHMMSSZ for instants. */
  start: string;
  end: string | undefined;
  allDay: boolean;
  url: string | undefined;
  location: string | undefined;
}

export interface IcalReading {
  calendar: IcalComponent | undefined;
  events: IcalEvent[];
  problems: string[];
}

const DATE = /^\d{8}$/;
const DATE_TIME = /^\d{8}T\d{6}Z?$/;

function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_match, char: string) => (char === 'n' || char === 'N' ? '\n' : char));
}

/** "DTSTART;VALUE=DATE:20261204" → name, params, value (the first colon outside quotes ends the name part). */
function parseLine(line: string): IcalProperty {
  let quoted = false;
  let colon = -1;
  for (let index = 0; index < line.length; index += 1) {
    const char = line[index];
    if (char === '"') quoted = !quoted;
    else if (char === ':' && !quoted) {
      colon = index;
      break;
    }
  }
  const head = colon < 0 ? line : line.slice(0, colon);
  const [name = '', ...rawParams] = head.split(';');
  const params = Object.fromEntries(
    rawParams.map((param) => {
      const [key = '', ...rest] = param.split('=');
      return [key.toUpperCase(), rest.join('=').replace(/^"|"$/g, '')];
    }),
  );
  return { name: name.toUpperCase(), params, value: colon < 0 ? '' : line.slice(colon + 1) };
}

export function readIcal(text: string): IcalReading {
  const problems: string[] = [];
  if (!text.endsWith('\r\n')) problems.push('the text does not end with CRLF');
  const physical = text.split('\r\n').slice(0, -1);
  physical.forEach((line, index) => {
    if (line.includes('\n') || line.includes('\r')) problems.push(`line ${index + 1}: a bare LF or CR inside a line`);
    if (new TextEncoder().encode(line).length > 75) problems.push(`line ${index + 1}: longer than 75 octets`);
  });
  // Unfold: a line that starts with a space or a tab continues the one before.
  const lines: string[] = [];
  for (const line of physical) {
    if ((line.startsWith(' ') || line.startsWith('\t')) && lines.length > 0) lines[lines.length - 1] += line.slice(1);
    else lines.push(line);
  }

  const root: IcalComponent = { name: '', properties: [], components: [] };
  const stack: IcalComponent[] = [root];
  for (const line of lines) {
    const property = parseLine(line);
    const current = stack.at(-1)!;
    if (property.name === 'BEGIN') {
      const component: IcalComponent = { name: property.value.toUpperCase(), properties: [], components: [] };
      current.components.push(component);
      stack.push(component);
    } else if (property.name === 'END') {
      if (current === root || current.name !== property.value.toUpperCase()) {
        problems.push(`END:${property.value} does not close ${current.name || 'anything'}`);
      } else stack.pop();
    } else if (current === root) {
      problems.push(`"${line}" is outside any component`);
    } else {
      current.properties.push(property);
    }
  }
  if (stack.length > 1) problems.push(`${stack.at(-1)!.name} is never closed`);

  const calendar = root.components.find((component) => component.name === 'VCALENDAR');
  if (!calendar || root.components.length !== 1) problems.push('expected exactly one VCALENDAR');
  const get = (component: IcalComponent, name: string) => component.properties.find((item) => item.name === name);
  if (calendar) {
    if (get(calendar, 'VERSION')?.value !== '2.0') problems.push('the calendar has no VERSION:2.0');
    if (!get(calendar, 'PRODID')?.value) problems.push('the calendar has no PRODID');
  }

  const events: IcalEvent[] = [];
  for (const component of calendar?.components ?? []) {
    if (component.name !== 'VEVENT') continue;
    const uid = get(component, 'UID')?.value ?? '';
    const where = `event ${uid || '(no UID)'}`;
    for (const required of ['UID', 'DTSTAMP', 'DTSTART']) {
      if (!get(component, required)?.value) problems.push(`${where}: no ${required}`);
    }
    const start = get(component, 'DTSTART');
    const end = get(component, 'DTEND');
    const allDay = start?.params['VALUE'] === 'DATE';
    for (const property of [start, end, get(component, 'DTSTAMP')]) {
      if (!property) continue;
      const isDate = property.params['VALUE'] === 'DATE';
      if (!(isDate ? DATE : DATE_TIME).test(property.value)) {
        problems.push(`${where}: ${property.name} "${property.value}" is not a ${isDate ? 'DATE' : 'DATE-TIME'}`);
      }
    }
    if (end && (end.params['VALUE'] === 'DATE') !== allDay) problems.push(`${where}: DTSTART and DTEND differ in kind`);
    if (start && end && end.value <= start.value) problems.push(`${where}: DTEND is not after DTSTART`);
    events.push({
      uid,
      summary: unescapeText(get(component, 'SUMMARY')?.value ?? ''),
      description: unescapeText(get(component, 'DESCRIPTION')?.value ?? ''),
      start: start?.value ?? '',
      end: end?.value,
      allDay,
      url: get(component, 'URL')?.value,
      location: get(component, 'LOCATION') ? unescapeText(get(component, 'LOCATION')!.value) : undefined,
    });
  }
  const uids = events.map((event) => event.uid);
  const repeated = uids.filter((uid, index) => uids.indexOf(uid) !== index);
  if (repeated.length > 0) problems.push(`repeated UIDs: ${[...new Set(repeated)].join(', ')}`);
  return { calendar, events, problems };
}
