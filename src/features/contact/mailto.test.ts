import { describe, expect, it } from 'vitest';
import { encodedBodyLength, interestMessage, MAILTO_BODY_LIMIT, mailtoHref } from './mailto.ts';

const page = { title: 'SUPSI', url: 'https://hub.pmi-network.eu/it/research-centres/supsi/' };

describe('contact requests', () => {
  it('name the page and set out who writes and what is needed, in the page’s language', () => {
    const it = interestMessage('it', page);
    expect(it.subject).toBe('PMI Network – richiesta di contatto: SUPSI');
    expect(it.body).toContain('«SUPSI»');
    expect(it.body).toContain(page.url);
    expect(it.body).toContain('Di che cosa ho bisogno:');
    expect(interestMessage('en', page).body).toContain('What I need:');
  });

  it('become a mailto: address that mail programs read: spaces %20, line breaks %0D%0A', () => {
    const href = mailtoHref('tto@example.org', interestMessage('en', page));
    expect(href.startsWith('mailto:tto@example.org?subject=PMI%20Network%20%E2%80%93%20contact%20request')).toBe(true);
    expect(href).toContain('%0D%0A');
    expect(href).not.toMatch(/[ \n+]/);
    // Decoded back, the body is the message.
    const body = new URL(href).searchParams.get('body');
    expect(body?.replace(/\r\n/g, '\n')).toBe(interestMessage('en', page).body);
  });

  it('refuse a body too long to open reliably, naming the address and the limit', () => {
    const long = { subject: 'x', body: 'a'.repeat(MAILTO_BODY_LIMIT + 1) };
    expect(() => mailtoHref('tto@example.org', long)).toThrow(/tto@example\.org.*at most 1800/);
  });
});

describe('interest in a request of the board', () => {
  const request = {
    title: 'Tecnologia per tingere con meno acqua',
    url: 'https://hub.pmi-network.eu/it/requests/x/',
    request: true,
  };

  it('names the request in the subject and the first line, in the page’s language', () => {
    const it = interestMessage('it', request);
    expect(it.subject).toBe('PMI Network – interesse per la richiesta: Tecnologia per tingere con meno acqua');
    expect(it.body).toContain('per la richiesta «Tecnologia per tingere con meno acqua»');
    expect(it.body).toContain(request.url);
    const en = interestMessage('en', { ...request, title: 'Low-water dyeing' });
    expect(en.subject).toBe('PMI Network – interest in the request: Low-water dyeing');
    expect(en.body).toContain('about the request “Low-water dyeing”');
  });

  it('measures the body as the mailto: address carries it', () => {
    const message = interestMessage('it', request);
    const href = mailtoHref('desk@example.org', message);
    expect(encodedBodyLength(message)).toBe(href.split('&body=')[1]!.length);
  });
});
