/** /{lang}/calendar.ics: every call deadline and every event, in one language (src/features/opportunities/). */
import type { APIRoute } from 'astro';
import { calendarFeed } from '#features/opportunities/astro.ts';
import { localeParam, localeParams } from '#i18n';
import { keyedBySite } from '#features/build-cache/index.ts';

export const getStaticPaths = () => keyedBySite(localeParams());

export const GET: APIRoute = async ({ params, site }) =>
  new Response(await calendarFeed(localeParam(params.lang), site?.href ?? import.meta.env.SITE), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
