/** Italian interface text: getting in touch. */
export const contact = {
  'contact.title': 'Contatti',
  'contact.write': 'Scrivi a {name}',
  'contact.expressInterest': 'Esprimi interesse',
  'contact.how':
    'Il link apre il tuo programma di posta con un messaggio già impostato, che puoi modificare prima di inviarlo. Nulla passa da questo sito: nessun modulo, nessun cookie.',
  'contact.unit': 'Risponde: {unit}.',
  'contact.phone': 'Telefono',
  'contact.page': 'Pagina dei contatti',
  'contact.source': 'Contatti pubblicati da {name}:',
  'contact.viaDesk':
    '{name} non pubblica un indirizzo e-mail per le imprese: scrivi allo sportello di PMI Network, che ti mette in contatto.',
  'contact.example':
    'Questa è una voce di esempio: scrivi allo sportello di PMI Network per trovare imprese, centri o progetti come questo.',
  'contact.writeDesk': 'Scrivi allo sportello PMI Network',
};
