/**
 * schema.org descriptions of the hub's pages as JSON-LD, and their safe serialisation into a
 * <script> element. Pure: pages pass plain facts and absolute URLs.
 */
import type { OrganisationType } from '#schemas/index.ts';

export type JsonLd = { '@context'?: string; '@type': string; [key: string]: unknown };

/**
 * JSON for inside <script type="application/ld+json">. The HTML parser ends a script at the
 * first "</script" whatever the JSON means, and "<!--" changes how it reads on, so "<", ">" and
 * "&" are written as JSON escapes; U+2028/U+2029 too, for old JavaScript parsers.
 */
export function serializeJsonLd(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data)
    .replaceAll('<', '\\u003c')
    .replaceAll('>', '\\u003e')
    .replaceAll('&', '\\u0026')
    .replaceAll('\u2028', '\\u2028')
    .replaceAll('\u2029', '\\u2029');
}

const context = 'https://schema.org';

export interface Crumb {
  name: string;
  url: string;
}

export function breadcrumbList(trail: readonly Crumb[]): JsonLd {
  return {
    '@context': context,
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: crumb.url,
    })),
  };
}

interface Place {
  municipality: string;
  /** Label of the province or canton. */
  region: string;
  country: 'IT' | 'CH';
}

function address(place: Place) {
  return {
    '@type': 'PostalAddress',
    addressLocality: place.municipality,
    addressRegion: place.region,
    addressCountry: place.country,
  };
}

/** Said of fictional sample entries, so no reader or machine takes them for real. */
export interface ExampleNote {
  example: boolean;
  note: string;
}

export function companyLd(company: {
  pageUrl: string;
  name: string;
  description: string;
  website?: string | undefined;
  place: Place;
  foundingYear?: number | undefined;
  knowsAbout: readonly string[];
  example: ExampleNote;
}): JsonLd {
  return {
    '@context': context,
    '@type': 'Organization',
    '@id': `${company.pageUrl}#organization`,
    name: company.name,
    description: company.description,
    ...(company.example.example ? { disambiguatingDescription: company.example.note } : {}),
    ...(company.website ? { url: company.website } : {}),
    mainEntityOfPage: company.pageUrl,
    address: address(company.place),
    ...(company.foundingYear ? { foundingDate: String(company.foundingYear) } : {}),
    knowsAbout: company.knowsAbout,
  };
}

/** schema.org type of each kind of organisation; support organisations that do no research stay plain Organizations. */
export const centreTypes: Record<OrganisationType, 'CollegeOrUniversity' | 'ResearchOrganization' | 'Organization'> = {
  university: 'CollegeOrUniversity',
  'applied-sciences-university': 'CollegeOrUniversity',
  'public-research-institute': 'ResearchOrganization',
  'research-institute': 'ResearchOrganization',
  laboratory: 'ResearchOrganization',
  'technology-transfer-office': 'ResearchOrganization',
  'technology-park': 'Organization',
  'innovation-agency': 'Organization',
  'business-association': 'Organization',
  'chamber-of-commerce': 'Organization',
};

export function centreLd(centre: {
  pageUrl: string;
  name: string;
  alternateName?: string | undefined;
  type: OrganisationType;
  parent?: string | undefined;
  description: string;
  website: string;
  email?: string | undefined;
  place: Place;
  knowsAbout: readonly string[];
}): JsonLd {
  return {
    '@context': context,
    '@type': centreTypes[centre.type],
    '@id': `${centre.pageUrl}#organization`,
    name: centre.name,
    ...(centre.alternateName ? { alternateName: centre.alternateName } : {}),
    description: centre.description,
    url: centre.website,
    mainEntityOfPage: centre.pageUrl,
    ...(centre.parent ? { parentOrganization: { '@type': 'Organization', name: centre.parent } } : {}),
    ...(centre.email ? { email: centre.email } : {}),
    address: address(centre.place),
    knowsAbout: centre.knowsAbout,
  };
}

export function articleLd(article: {
  pageUrl: string;
  headline: string;
  description: string;
  /** Language of the text shown (the other one when the page shows an untranslated version). */
  inLanguage: string;
  datePublished?: Date | undefined;
  reviewed: Date;
  publisher: { name: string; url: string };
  about?: readonly { name: string; url: string }[];
  keywords?: readonly string[];
  example?: ExampleNote | undefined;
}): JsonLd {
  const day = (date: Date) => date.toISOString().slice(0, 10);
  return {
    '@context': context,
    '@type': 'Article',
    '@id': `${article.pageUrl}#article`,
    headline: article.headline,
    description: article.description,
    ...(article.example?.example ? { disambiguatingDescription: article.example.note } : {}),
    inLanguage: article.inLanguage,
    url: article.pageUrl,
    mainEntityOfPage: article.pageUrl,
    ...(article.datePublished ? { datePublished: day(article.datePublished) } : {}),
    dateModified: day(article.reviewed),
    isAccessibleForFree: true,
    publisher: { '@type': 'Organization', name: article.publisher.name, url: article.publisher.url },
    ...(article.about && article.about.length > 0
      ? { about: article.about.map((item) => ({ '@type': 'Thing', name: item.name, url: item.url })) }
      : {}),
    ...(article.keywords && article.keywords.length > 0 ? { keywords: article.keywords.join(', ') } : {}),
  };
}
