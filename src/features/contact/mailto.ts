/**
 * "Get in touch" without a form service: a mailto: address that opens the visitor's own mail
 * program with a subject and a body already written in the page's language (who I am, what I
 * need, the page I came from). Nothing passes through the site. Pure, for the unit tests and
 * the content check.
 */
import type { Locale } from '#i18n/locales.ts';

/**
 * Mail programs and browsers cut or refuse longer mailto: addresses (some at 2,000 characters):
 * the encoded body stays under this.
 */
export const MAILTO_BODY_LIMIT = 1800;

export interface InterestMessage {
  subject: string;
  body: string;
}

export interface InterestPage {
  /** The page's title, e.g. the centre's or the story's name. */
  title: string;
  /** The page's full address. */
  url: string;
  /** A request or offer of the board: the message names it as such, not as a page read. */
  request?: boolean | undefined;
}

interface Texts {
  subject: (title: string) => string;
  body: (page: InterestPage) => string;
}

const texts: Record<Locale, Texts> = {
  it: {
    subject: (title) => `PMI Network – richiesta di contatto: ${title}`,
    body: ({ title, url }) =>
      [
        'Buongiorno,',
        '',
        `vi scrivo dopo aver letto la pagina «${title}» del PMI Network Knowledge Hub:`,
        url,
        '',
        'Chi sono (nome, impresa, ruolo, comune):',
        '',
        'Di che cosa ho bisogno:',
        '',
        'Entro quando:',
        '',
        'Cordiali saluti',
      ].join('\n'),
  },
  en: {
    subject: (title) => `PMI Network – contact request: ${title}`,
    body: ({ title, url }) =>
      [
        'Hello,',
        '',
        `I am writing after reading the page “${title}” on the PMI Network Knowledge Hub:`,
        url,
        '',
        'Who I am (name, company, role, town):',
        '',
        'What I need:',
        '',
        'By when:',
        '',
        'Kind regards',
      ].join('\n'),
  },
};

/** Interest in a request or offer of the board: the subject and the first line name it. */
const requestTexts: Record<Locale, Texts> = {
  it: {
    subject: (title) => `PMI Network – interesse per la richiesta: ${title}`,
    body: ({ title, url }) =>
      [
        'Buongiorno,',
        '',
        `vi scrivo per la richiesta «${title}» pubblicata sul PMI Network Knowledge Hub:`,
        url,
        '',
        'Chi sono (nome, impresa o centro, ruolo, comune):',
        '',
        'Che cosa posso offrire o che cosa mi interessa:',
        '',
        'Entro quando:',
        '',
        'Cordiali saluti',
      ].join('\n'),
  },
  en: {
    subject: (title) => `PMI Network – interest in the request: ${title}`,
    body: ({ title, url }) =>
      [
        'Hello,',
        '',
        `I am writing about the request “${title}” posted on the PMI Network Knowledge Hub:`,
        url,
        '',
        'Who I am (name, company or centre, role, town):',
        '',
        'What I can offer or what interests me:',
        '',
        'By when:',
        '',
        'Kind regards',
      ].join('\n'),
  },
};

/** The subject and body of a contact request from a page, in the page's language. */
export function interestMessage(locale: Locale, page: InterestPage): InterestMessage {
  const words = (page.request ? requestTexts : texts)[locale];
  return { subject: words.subject(page.title), body: words.body(page) };
}

const encode = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));

/** How long the body is once encoded in a mailto: address: what MAILTO_BODY_LIMIT bounds. */
export function encodedBodyLength({ body }: InterestMessage): number {
  return encode(body).length;
}

/**
 * The mailto: address. Encoded as RFC 6068 asks (spaces as %20, line breaks as %0D%0A, which
 * every mail program reads); a body over MAILTO_BODY_LIMIT once encoded is an error, not a cut.
 */
export function mailtoHref(to: string, { subject, body }: InterestMessage): string {
  const encodedBody = encode(body);
  if (encodedBody.length > MAILTO_BODY_LIMIT) {
    throw new Error(
      `the message to ${to} is ${encodedBody.length} characters once encoded; at most ${MAILTO_BODY_LIMIT} open reliably in every mail program`,
    );
  }
  return `mailto:${to}?subject=${encode(subject)}&body=${encodedBody}`;
}
