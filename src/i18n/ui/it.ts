/**
 * Italian interface text, the reference language: one module per area of the site, merged into
 * one dictionary. English has the same modules, each typed by its Italian one, so a key missing
 * or extra in either language is a type error; i18n.test.ts checks the rest (no empty text, the
 * same {placeholders}) and mergeAreas refuses a key defined in two modules.
 */
import { catalogue } from './it/catalogue.ts';
import { contact } from './it/contact.ts';
import { data } from './it/data.ts';
import { directory } from './it/directory.ts';
import { editorial } from './it/editorial.ts';
import { ip } from './it/ip.ts';
import { offline } from './it/offline.ts';
import { opportunities } from './it/opportunities.ts';
import { requests } from './it/requests.ts';
import { search } from './it/search.ts';
import { site } from './it/site.ts';
import { storyFilters } from './it/story-filters.ts';
import { visuals } from './it/visuals.ts';
import { mergeAreas } from './merge.ts';

export const itAreas = {
  site,
  catalogue,
  ip,
  search,
  offline,
  directory,
  visuals,
  data,
  editorial,
  storyFilters,
  contact,
  opportunities,
  requests,
};

export const it = mergeAreas(itAreas);

export type UiStrings = typeof it;
