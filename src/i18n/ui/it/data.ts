/** Italian interface text: the open-data page and its field tables. */
export const data = {
  'openData.lead':
    'Tutto ciò che l’hub pubblica si può scaricare e riutilizzare: imprese, centri di ricerca, casi di successo, guide e vocabolari, in JSON e in CSV, generati a ogni pubblicazione dagli stessi dati verificati che vedi nelle pagine.',
  'openData.licenceTitle': 'Licenza',
  'openData.licence': 'I dati sono pubblicati con licenza',
  'openData.attribution': 'Chi li riusa deve citare la fonte, ad esempio:',
  'openData.registers':
    'Le righe dell’elenco delle imprese importate dai registri pubblici restano soggette alle condizioni del loro registro, e ognuna ne porta la citazione nel campo "provenance":',
  'openData.examples':
    'Le voci con "example": true descrivono imprese e progetti fittizi, scritti per mostrare il formato: non vanno usate come dati reali.',
  'openData.datasetsTitle': 'I dataset',
  'openData.record': 'Un record è',
  'openData.records': 'Record',
  'openData.modified': 'Ultima verifica',
  'openData.files': 'File',
  'openData.schema': 'schema',
  'openData.catalogue': 'Il catalogo di tutti i file, leggibile da programmi, è in',
  'openData.formatsTitle': 'Come leggere i file',
  'openData.formats.json':
    'JSON: un oggetto con la licenza, il numero di record e l’elenco "records". Il file .schema.json descrive ogni record in JSON Schema.',
  'openData.formats.csv':
    'CSV: UTF-8, separato da virgole (RFC 4180), una riga per record. Le colonne sono sempre le stesse e nello stesso ordine, anche quando un campo è vuoto; un gruppo di campi diventa più colonne con il punto (reviewed.date); un elenco di valori semplici sta in una cella, separati da " | "; un elenco di gruppi di campi sta in una cella come testo JSON.',
  'openData.formats.ids':
    'Le date sono scritte AAAA-MM-GG. I collegamenti tra dataset usano gli id: "companies" di un caso di successo sono id del dataset delle imprese, "sectors" id del dataset dei settori, e così via.',
  'openData.formats.languages':
    'I casi di successo e le guide hanno un record per ogni lingua in cui sono scritti ("lang"): i fatti sono gli stessi, i testi sono tradotti.',
  'openData.reviewedTitle': 'Che cosa significa "reviewed"',
  'openData.reviewed':
    '"reviewed.date" è il giorno in cui la redazione ha controllato tutti i fatti della voce sulle sue fonti ("sources"), e "reviewed.by" chi l’ha fatto. Non è la data dell’ultima modifica del testo: una correzione di forma non la cambia, una nuova verifica sì. Il campo "modified" di ogni file JSON è la verifica più recente tra i suoi record. Per le guide, "lawAsOf" dice a quale data si riferisce la normativa descritta.',
  'openData.feedsTitle': 'Aggiornamenti',
  'openData.feeds': 'Per sapere quando escono nuovi casi o guide, segui i feed RSS:',
  'openData.fieldsTitle': 'I campi, dataset per dataset',
  'openData.fieldsLead':
    'Queste tabelle sono generate dagli schemi che validano i contenuti: ciò che vi è scritto è ciò che il sito accetta. Le descrizioni dei campi sono quelle degli schemi, in inglese.',
  'openData.fieldsOf': (name: string) => `Campi del dataset ${name}`,

  'fields.column.field': 'Campo',
  'fields.column.type': 'Tipo',
  'fields.column.required': 'Sempre presente',
  'fields.column.description': 'Descrizione (dallo schema, in inglese)',
  'fields.yes': 'sì',
  'fields.no': 'no',
  'fields.kind.text': 'testo',
  'fields.kind.date': 'data AAAA-MM-GG',
  'fields.kind.url': 'indirizzo web',
  'fields.kind.email': 'indirizzo e-mail',
  'fields.kind.boolean': 'true o false',
  'fields.kind.object': 'gruppo di campi',
  'fields.kind.any': 'valore',
  'fields.kind.integer': 'numero intero',
  'fields.kind.number': 'numero',
  'fields.kind.choice': 'uno tra',
  'fields.kind.list': 'elenco di',
  'fields.textUpTo': (n: number) => `testo, al massimo ${n} caratteri`,
  'fields.range': (min: number, max: number) => `da ${min} a ${max}`,
  'fields.listOfGroups': 'elenco di gruppi di campi',
  'fields.csvJson': 'nel CSV: testo JSON',
  'fields.csvList': 'nel CSV: valori separati da " | "',
};
