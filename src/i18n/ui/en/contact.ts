import type { contact as italian } from '../it/contact.ts';

/** English interface text: getting in touch. The Italian module's keys, no more, no fewer. */
export const contact: typeof italian = {
  'contact.title': 'Get in touch',
  'contact.write': 'Write to {name}',
  'contact.expressInterest': 'Express interest',
  'contact.how':
    'The link opens your own mail program with a message already set out, which you can change before sending it. Nothing passes through this site: no form, no cookie.',
  'contact.unit': 'Answered by: {unit}.',
  'contact.phone': 'Phone',
  'contact.page': 'Contact page',
  'contact.source': 'Contact details published by {name}:',
  'contact.viaDesk':
    '{name} publishes no e-mail address for companies: write to the PMI Network desk, which will put you in touch.',
  'contact.example':
    'This is an example entry: write to the PMI Network desk to find companies, centres or projects like this one.',
  'contact.writeDesk': 'Write to the PMI Network desk',
};
