/** /{lang}/events/<id>.ics: one event, for "add to calendar" (src/features/opportunities/). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { eventCalendar, getEvents } from '#features/opportunities/astro.ts';
import type { EventRecord } from '#collections/opportunities.ts';
import { locales, type Locale } from '#i18n';
import { keyedBySite } from '#features/build-cache/index.ts';

interface Props {
  event: EventRecord;
  locale: Locale;
}

export const getStaticPaths = (async () => {
  const events = await getEvents();
  return keyedBySite(
    locales.flatMap((locale) =>
      events.map((event) => ({ params: { lang: locale, id: event.id }, props: { event, locale } satisfies Props })),
    ),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = ({ props, site }) =>
  new Response(eventCalendar(props.event, props.locale, site?.href ?? import.meta.env.SITE), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
