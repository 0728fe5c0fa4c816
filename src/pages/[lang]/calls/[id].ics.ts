/** /{lang}/calls/<id>.ics: the deadlines of one call, for "add to calendar" (src/features/opportunities/). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { callCalendar, getCalls } from '#features/opportunities/astro.ts';
import type { CallRecord } from '#collections/opportunities.ts';
import { locales, type Locale } from '#i18n';
import { keyedBySite } from '#features/build-cache/index.ts';

interface Props {
  call: CallRecord;
  locale: Locale;
}

export const getStaticPaths = (async () => {
  const calls = (await getCalls()).filter((call) => (call.deadlines ?? []).length > 0);
  return keyedBySite(
    locales.flatMap((locale) =>
      calls.map((call) => ({ params: { lang: locale, id: call.id }, props: { call, locale } satisfies Props })),
    ),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = ({ props, site }) =>
  new Response(callCalendar(props.call, props.locale, site?.href ?? import.meta.env.SITE), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
