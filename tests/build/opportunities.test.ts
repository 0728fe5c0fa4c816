/**
 * Funding calls and events on the built site, by build date. What each call should be on a day
 * is read from content/calls/ alone (its dates), not from the code that builds the pages: the
 * test site (built as of 2026-12-06) and a copy built as of 2026-01-10, when the Lombardy call is
 * open, the EUIPO SME Fund 2026 opens soon and the Eurostars webinar is still to come. On both, an
 * open call is listed under "open now" with its days left, a closed one is in the archive, and
 * the calendar feeds parse and hold every deadline still to come.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { TEST_BUILD_DATE, runAstroBuild } from '../support/astro-build.ts';
import { decodeEntities, parseTags } from '../support/html.ts';
import { copySite } from '../support/site-copy.ts';
import { readIcal } from '#scripts/support/ical.ts';
import { contentDir } from '#scripts/support/paths.ts';
import { fileForPath, languages } from '#scripts/support/site-map.ts';

interface CallFile {
  id: string;
  opens?: string;
  deadlines?: { date: string }[];
  rolling?: boolean;
  status?: string;
  eligibility: { countries: 'IT' | 'CH' | 'both' };
}

const calls: CallFile[] = readdirSync(path.join(contentDir, 'calls'))
  .filter((name) => name.endsWith('.yaml') && !name.startsWith('_'))
  .map((name) => {
    const data = parse(readFileSync(path.join(contentDir, 'calls', name), 'utf8')) as Omit<CallFile, 'id'>;
    // YAML reads unquoted dates as strings here: the yaml package keeps them as text.
    return { ...data, id: name.replace(/\.yaml$/, '') };
  });
const events: string[] = readdirSync(path.join(contentDir, 'events'))
  .filter((name) => name.endsWith('.yaml') && !name.startsWith('_'))
  .map((name) => name.replace(/\.yaml$/, ''));

const iso = (value: unknown) => String(value instanceof Date ? value.toISOString() : value).slice(0, 10);

/** What a call is on a day, from its file: the rule the pages state in words. */
function stateOn(call: CallFile, day: string): 'open' | 'upcoming' | 'closed' | 'expected' {
  if (call.status === 'expected') return 'expected';
  const notYet = call.opens !== undefined && iso(call.opens) > day;
  if (call.rolling) return notYet ? 'upcoming' : 'open';
  const last = (call.deadlines ?? [])
    .map((deadline) => iso(deadline.date))
    .sort()
    .at(-1)!;
  if (last < day) return 'closed';
  return notYet ? 'upcoming' : 'open';
}

const comingDeadlines = (call: CallFile, day: string) =>
  (call.deadlines ?? []).map((deadline) => iso(deadline.date)).filter((date) => date >= day);

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

const read = (dir: string, urlPath: string) => readFileSync(fileForPath(dir, urlPath), 'utf8');

/** The ids of the calls whose cards a section of the calls page links, in order. */
function callsInSection(markup: string, section: string, language: string): string[] {
  const start = markup.indexOf(`id="${section}"`);
  if (start < 0) return [];
  const end = markup.indexOf('</section>', start);
  return parseTags(markup.slice(start, end))
    .filter((tag) => tag.name === 'a')
    .map((tag) => new RegExp(`^/${language}/calls/([a-z0-9-]+)/$`).exec(tag.attributes.get('href') ?? '')?.[1])
    .filter((id): id is string => id !== undefined);
}

const text = (markup: string) =>
  decodeEntities(markup.replace(/<style[\s\S]*?<\/style>/g, ' ').replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');

/** Every check that holds on any build date, for one built site. */
function checkSite(dir: () => string, day: string) {
  const expected = (state: string) => calls.filter((call) => stateOn(call, day) === state).map((call) => call.id);
  const open = calls.filter((call) => stateOn(call, day) === 'open');

  describe.each(languages)(`as of ${day}, in %s`, (language) => {
    it('lists the open calls under "open now", the nearest deadline first and those open all year last', () => {
      const page = read(dir(), `/${language}/calls/`);
      const listed = callsInSection(page, 'open', language);
      expect([...listed].sort()).toEqual(expected('open').sort());
      const dated = open.filter((call) => !call.rolling);
      const firstDeadline = (id: string) =>
        comingDeadlines(
          calls.find((call) => call.id === id)!,
          day,
        )[0] ?? '9999';
      expect(listed).toEqual([...listed].sort((a, b) => firstDeadline(a).localeCompare(firstDeadline(b))));
      expect(listed.slice(0, dated.length).sort()).toEqual(dated.map((call) => call.id).sort());
    });

    it('moves closed calls to the archive and keeps expected editions apart, without dates', () => {
      const page = read(dir(), `/${language}/calls/`);
      expect(callsInSection(page, 'archive', language).sort()).toEqual(expected('closed').sort());
      expect(callsInSection(page, 'expected', language).sort()).toEqual(expected('expected').sort());
      expect(callsInSection(page, 'upcoming', language).sort()).toEqual(expected('upcoming').sort());
      for (const id of expected('expected')) {
        expect(read(dir(), `/${language}/calls/${id}/`)).not.toMatch(/<time datetime="\d{4}-\d{2}-\d{2}T/);
      }
    });

    it('says how many days are left on every open call with a deadline', () => {
      for (const call of open.filter((item) => !item.rolling)) {
        const days = daysBetween(day, comingDeadlines(call, day)[0]!);
        const words =
          language === 'it'
            ? days === 0
              ? 'chiude oggi'
              : days === 1
                ? 'chiude domani'
                : `chiude tra ${days} giorni`
            : days === 0
              ? 'closes today'
              : days === 1
                ? 'closes tomorrow'
                : `closes in ${days} days`;
        expect(text(read(dir(), `/${language}/calls/${call.id}/`)), call.id).toContain(words);
      }
    });

    it('filters by the applicant’s country: a call for one side is not listed on the other’s page', () => {
      for (const country of ['IT', 'CH'] as const) {
        const page = read(dir(), `/${language}/calls/country/${country.toLowerCase()}/`);
        const listed = ['open', 'upcoming', 'expected', 'archive'].flatMap((section) =>
          callsInSection(page, section, language),
        );
        const wanted = calls
          .filter((call) => call.eligibility.countries === country || call.eligibility.countries === 'both')
          .map((call) => call.id);
        expect(listed.sort()).toEqual(wanted.sort());
      }
    });

    it('has a calendar feed that parses and holds every deadline still to come and every event', () => {
      const feed = readIcal(read(dir(), `/${language}/calendar.ics`));
      expect(feed.problems).toEqual([]);
      const starts = new Map(feed.events.map((event) => [event.uid, event]));
      for (const call of calls) {
        for (const date of comingDeadlines(call, day)) {
          const entry = starts.get(`call-${call.id}-${date.replaceAll('-', '')}@hub.pmi-network.eu`);
          expect(entry, `${call.id} ${date}`).toBeDefined();
          expect(entry!.allDay).toBe(true);
          expect(entry!.start).toBe(date.replaceAll('-', ''));
          expect(entry!.url).toBe(`https://hub.pmi-network.eu/${language}/calls/${call.id}/`);
        }
      }
      for (const id of events) expect(starts.has(`event-${id}@hub.pmi-network.eu`), id).toBe(true);
    });

    it('offers "add to calendar" exactly on the calls with deadlines to come, and the files parse', () => {
      for (const call of calls) {
        const page = read(dir(), `/${language}/calls/${call.id}/`);
        const link = `href="/${language}/calls/${call.id}.ics"`;
        const coming = stateOn(call, day) !== 'closed' && comingDeadlines(call, day).length > 0;
        expect(page.includes(link), call.id).toBe(coming);
        if ((call.deadlines ?? []).length > 0) {
          const file = readIcal(read(dir(), `/${language}/calls/${call.id}.ics`));
          expect(file.problems, call.id).toEqual([]);
          expect(file.events).toHaveLength(call.deadlines!.length);
        }
      }
      for (const id of events) expect(readIcal(read(dir(), `/${language}/events/${id}.ics`)).problems).toEqual([]);
    });

    it('shows the next deadlines on the home page, soonest first, or says none is near', () => {
      const home = read(dir(), `/${language}/`);
      const start = home.indexOf('id="next-deadlines"');
      expect(start).toBeGreaterThan(0);
      const section = home.slice(start, home.indexOf('</section>', start));
      const next = calls
        .filter((call) => ['open', 'upcoming'].includes(stateOn(call, day)))
        .flatMap((call) => comingDeadlines(call, day).map((date) => ({ id: call.id, date })))
        .sort((a, b) => a.date.localeCompare(b.date))
        .slice(0, 3)
        .map((item) => item.id);
      const linked = parseTags(section)
        .filter((tag) => tag.name === 'a')
        .map((tag) => /\/calls\/([a-z0-9-]+)\/$/.exec(tag.attributes.get('href') ?? '')?.[1])
        .filter((id): id is string => id !== undefined);
      expect(linked).toEqual(next);
      if (next.length === 0) expect(section).toMatch(language === 'it' ? /Nessuna scadenza/ : /No deadline/);
    });
  });
}

const distDir = () => inject('distDir');

describe('the test site', () => {
  checkSite(distDir, TEST_BUILD_DATE);

  it('marks every call page for the site search as a funding call, filed under its countries', () => {
    for (const language of languages) {
      for (const call of calls) {
        const page = read(distDir(), `/${language}/calls/${call.id}/`);
        expect(page, call.id).toContain('data-pagefind-body');
        expect(page).toContain('data-pagefind-filter="type:call"');
        const countries = call.eligibility.countries === 'both' ? ['CH', 'IT'] : [call.eligibility.countries];
        for (const country of countries) expect(page).toContain(`data-pagefind-filter="country:${country}"`);
      }
      // The list and filter pages stay out of the index: the calls are found by their own pages.
      expect(read(distDir(), `/${language}/calls/`)).not.toContain('data-pagefind-body');
    }
  });

  it('links "Open calls" from the header of every page, and the events from the footer', () => {
    for (const language of languages) {
      for (const urlPath of [`/${language}/`, `/${language}/about/`, `/${language}/calls/`]) {
        const nav = read(distDir(), urlPath).split('<nav class="site-nav')[1]!.split('</nav>')[0]!;
        expect(nav, urlPath).toContain(`href="/${language}/calls/"`);
      }
      expect(read(distDir(), `/${language}/`).split('<footer')[1]).toContain(`href="/${language}/events/"`);
    }
  });

  it('lists the past events, and offers to propose one when none is to come', () => {
    const page = read(distDir(), '/en/events/');
    for (const id of events) expect(page).toContain(`id="${id}"`);
    expect(page).toContain('issues/new?template=propose-event.yml');
    expect(existsSync(path.join(contentDir, '..', '.github', 'ISSUE_TEMPLATE', 'propose-event.yml'))).toBe(true);
  });

  it('offers the issue form for a call we are missing, in both languages', () => {
    for (const language of ['it', 'en']) {
      expect(read(distDir(), `/${language}/calls/`)).toContain('issues/new?template=propose-call.yml');
    }
    expect(existsSync(path.join(contentDir, '..', '.github', 'ISSUE_TEMPLATE', 'propose-call.yml'))).toBe(true);
  });
});

describe('a copy built as of 2026-01-10', () => {
  const day = '2026-01-10';
  let site: string | undefined;

  beforeAll(async () => {
    site = await copySite('pmi-hub-calls-2026-01-');
    const build = await runAstroBuild(site, { env: { PMI_BUILD_DATE: day, PMI_POST_BUILD: 'off' } });
    if (build.code !== 0) throw new Error(`the build as of ${day} failed:\n${build.output}`);
  }, 5 * 60_000);

  afterAll(async () => {
    if (site) await rm(site, { recursive: true, force: true });
  });

  const dir = () => path.join(site!, 'dist');
  checkSite(dir, day);

  it('is a day with a dated call open, one opening soon, one closed and an event to come', () => {
    expect(calls.some((call) => !call.rolling && stateOn(call, day) === 'open')).toBe(true);
    expect(calls.some((call) => stateOn(call, day) === 'upcoming')).toBe(true);
    expect(calls.some((call) => stateOn(call, day) === 'closed')).toBe(true);
    const page = read(dir(), '/it/events/');
    expect(page).toContain('href="/it/events/eurostars-call-10-webinar.ics"');
  });
});
