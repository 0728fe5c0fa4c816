/** English interface text: the same areas as the Italian dictionary, each typed by its Italian module. */
import { catalogue } from './en/catalogue.ts';
import { contact } from './en/contact.ts';
import { data } from './en/data.ts';
import { directory } from './en/directory.ts';
import { editorial } from './en/editorial.ts';
import { ip } from './en/ip.ts';
import { offline } from './en/offline.ts';
import { opportunities } from './en/opportunities.ts';
import { requests } from './en/requests.ts';
import { search } from './en/search.ts';
import { site } from './en/site.ts';
import { storyFilters } from './en/story-filters.ts';
import { visuals } from './en/visuals.ts';
import type { itAreas, UiStrings } from './it.ts';
import { mergeAreas } from './merge.ts';

export const enAreas: typeof itAreas = {
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

export const en: UiStrings = mergeAreas(enAreas);
