import type { site as italian } from '../it/site.ts';

/** English interface text: the site's frame: its name, navigation, home page, footer and language names. The Italian module's keys, no more, no fewer. */
export const site: typeof italian = {
  'site.name': 'PMI Network',
  'site.title': 'PMI Network – Knowledge Hub',
  'site.tagline': 'Research and business between Lecco and Ticino',
  'site.description':
    'Success stories, research centres, companies and intellectual-property guides for SMEs of the province of Lecco and the Canton of Ticino.',

  'nav.label': 'Main navigation',
  'nav.menu': 'Menu',
  'nav.home': 'Home',
  'nav.caseStudies': 'Success stories',
  'nav.researchCentres': 'Research centres',
  'nav.companies': 'Companies',
  'nav.expertise': 'Expertise',
  'nav.ipGuides': 'Intellectual property',
  'nav.about': 'About',
  'nav.contribute': 'Contribute',
  'nav.breadcrumbs': 'Breadcrumbs',
  'nav.openData': 'Open data',
  'nav.network': 'Collaboration network',
  'nav.figures': 'Facts and figures',
  'nav.directory': 'Company directory',

  'a11y.skipToContent': 'Skip to content',
  'a11y.languageSwitch': 'Leggi questa pagina in italiano',
  'a11y.languageSwitchShort': 'Italiano',
  'a11y.externalLink': '(external site)',

  'translation.missing.title': 'Not translated yet',
  'translation.missing.body': 'This content is not yet available in English, so we show the Italian version.',
  'translation.field': 'Text available in Italian only.',

  'example.companyBadge': 'Example profile',
  'example.companyNote':
    'A fictional company, made up to show what a profile looks like. Its name, figures and activities do not describe any real firm.',
  'example.storyBadge': 'Example story',
  'example.storyNote':
    'An illustrative story with fictional companies, written to show the format. The research centres named are real, but this project did not take place.',

  'home.heroTitle': 'Find who can help your company innovate',
  'home.heroLead':
    'Where SMEs of the province of Lecco and the Canton of Ticino meet research: real cases, expertise, laboratories and practical guides to intellectual property.',
  'home.entry.stories.title': 'Success stories',
  'home.entry.stories.body': 'How other firms solved a problem with a research centre: results, funding, TRL.',
  'home.entry.expertise.title': 'Find expertise',
  'home.entry.expertise.body': 'From your need to the labs, centres and companies that work on it.',
  'home.entry.ip.title': 'Protect your ideas',
  'home.entry.ip.body': 'Patents, trademarks, trade secrets: what works in Italy, Switzerland and Europe.',
  'home.latestStories': 'Latest success stories',
  'home.centres': 'Research and innovation centres',
  'home.allStories': 'All success stories',
  'home.allCentres': 'All centres',
  'home.aboutTitle': 'What PMI Network is',
  'home.aboutBody':
    'An initiative of the Interreg Italy–Switzerland programme that connected companies, universities, research centres and business associations between Lecco and Ticino. This hub gathers and keeps its knowledge up to date.',
  'home.aboutLink': 'About the initiative',

  'list.count': (n: number) => (n === 1 ? '1 entry' : `${n} entries`),
  'list.empty': 'No entries yet.',

  'language.it': 'Italian',
  'language.en': 'English',
  'language.de': 'German',
  'language.fr': 'French',

  'feed.caseStudies': 'Success stories (RSS)',
  'feed.ipGuides': 'Intellectual-property guides (RSS)',

  'footer.interreg': 'PMI Network was funded by the Interreg V-A Italy–Switzerland co-operation programme 2014–2020.',
  'footer.content': 'Content checked by the editorial team; every entry shows its sources and review date.',
  'footer.examples': 'Entries marked “example” describe fictional companies and projects.',
  'footer.nav': 'Footer links',
  'footer.privacy': 'Privacy',

  'chooser.title': 'PMI Network – Knowledge Hub',
  'chooser.lead': 'Choose your language',

  'notFound.title': 'Page not found',
  'notFound.body': 'The page you are looking for does not exist or has moved.',
  'notFound.home': 'Go to the English home page',
};
