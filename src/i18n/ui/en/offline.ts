import type { offline as italian } from '../it/offline.ts';

/** English interface text: reading offline. The Italian module's keys, no more, no fewer. */
export const offline: typeof italian = {
  'offline.title': 'Offline reading',
  'offline.lead':
    'Without a connection you can open the pages you have visited and the sections you saved on this device. This page lists what is available.',
  'offline.youAreOffline': 'You are offline.',
  'offline.savedCopy': 'You are reading a copy saved on {date}.',
  'offline.savedCopyUnknown': 'You are reading a copy saved on this device.',
  'offline.update': 'A new version of the hub is available.',
  'offline.reload': 'Reload',
  'offline.savedSections': 'Saved sections',
  'offline.noSavedSections': 'No section saved on this device.',
  'offline.visitedPages': 'Visited pages available offline',
  'offline.noVisitedPages': 'No page saved yet.',
  'offline.unsupported': 'This browser cannot save pages for offline use.',
  'offline.save.title': 'Use this section offline',
  'offline.save.lead':
    'Download every page of this section and its search, to read them without a connection (at a trade fair, in the workshop, on the train).',
  'offline.save.button': 'Save for offline use ({size})',
  'offline.save.saving': 'Saving: {done} of {total} files…',
  'offline.save.saved': 'Section saved on {date}.',
  'offline.save.remove': 'Remove from this device',
  'offline.save.removed': 'The section was removed from this device.',
  'offline.save.noSpace': 'Not enough space: {size} needed, the browser allows {free}.',
  'offline.save.refused': 'The browser refused to store the files (storage full or turned off).',
  'offline.save.failed': 'Saving stopped: check the connection and try again.',
  'offline.save.needsWorker': 'Offline saving will be available after reloading the page.',
  'offline.search.partial': 'Some results are not saved for offline use and cannot be shown.',
  'offline.search.unavailable':
    'You are offline and search is not saved on this device. Save a section (the research centres, for example) to search without a connection.',
  'offline.section.researchCentres': 'Research centres',
  'offline.section.ipGuides': 'Intellectual-property guides',
  'offline.section.caseStudies': 'Success stories',
  'offline.section.companies': 'Companies',
  'offline.section.directory': 'Company directory: {sector}',
};
