/**
 * npm run new — creates a new content file that already passes the checks, with guidance
 * comments and "TODO" markers for what is still to be written.
 *
 *   npm run new                                                  asks questions, step by step
 *   npm run new -- case-study --slug water-saving --lang both    no questions (for scripts)
 *   npm run new -- request --from-issue issue.md                 a request from the issue form's answers
 *
 * Kinds: case-study, company, research-centre, ip-guide, page, request. Options:
 *   --slug <file-name>        the file name and page address (lower-case words joined by hyphens)
 *   --lang it|en|both         which language versions to create (comment language for companies and centres)
 *   --title "<text>"          title of a story, guide or page; name of a company or centre
 *   --sector <id>             repeatable; likewise --expertise, --company, --centre
 *   --country IT|CH --region <id> --topic <id>
 *   --from-issue <file>       the text of an issue opened with the "Propose a request" form, e.g. saved
 *                             with: gh issue view 42 --json body --jq .body > issue.md
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as prompts from '@clack/prompts';
import { parse } from 'yaml';
import {
  checkContent,
  formatProblem,
  ID_PATTERN,
  issueFormFields,
  readIssueForm,
  readVocabulary,
  requestFromIssue,
  type ScaffoldContext,
  scaffoldFiles,
  type ScaffoldKind,
  scaffoldKindInfo,
  scaffoldKinds,
  type ScaffoldRequest,
  suggestId,
  taxonomyFiles,
} from '#features/content-check/index.ts';
import type { Locale } from '#i18n/locales.ts';

const usage = `Usage:
  npm run new                                             (asks questions)
  npm run new -- <kind> --slug <file-name> [--lang it|en|both] [--title "…"]
  npm run new -- request --from-issue <file> [--slug <file-name>]
Kinds: ${scaffoldKinds.join(', ')}
More options: --sector, --expertise, --company, --centre (repeatable), --country IT|CH, --region, --topic`;

const { values: flags, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    slug: { type: 'string' },
    id: { type: 'string' },
    lang: { type: 'string' },
    title: { type: 'string' },
    name: { type: 'string' },
    sector: { type: 'string', multiple: true },
    expertise: { type: 'string', multiple: true },
    company: { type: 'string', multiple: true },
    centre: { type: 'string', multiple: true },
    country: { type: 'string' },
    region: { type: 'string' },
    topic: { type: 'string' },
    'from-issue': { type: 'string' },
    root: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (flags.help) {
  process.stdout.write(`${usage}\n`);
  process.exit(0);
}

const root = path.resolve(flags.root ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..'));
const contentDir = path.join(root, 'content');

function fail(message: string): never {
  process.stderr.write(`${message}\n\n${usage}\n`);
  process.exit(1);
}

// --- What already exists: vocabularies with their labels, companies and centres with their names.
const { vocabulary, problems: vocabularyProblems } = readVocabulary(contentDir);
if (vocabularyProblems.length > 0) {
  fail(
    `The vocabularies in content/taxonomies/ have problems; fix them first:\n  - ${vocabularyProblems.join('\n  - ')}`,
  );
}

function labels(name: keyof typeof taxonomyFiles): Map<string, Record<Locale, string>> {
  const terms = parse(readFileSync(path.join(contentDir, 'taxonomies', taxonomyFiles[name].file), 'utf8')) as {
    id: string;
    label: Record<Locale, string>;
  }[];
  return new Map(terms.map((term) => [term.id, term.label]));
}

function entryNames(folder: string): Map<string, string> {
  const dir = path.join(contentDir, folder);
  if (!existsSync(dir)) return new Map();
  return new Map(
    readdirSync(dir)
      .filter((name) => name.endsWith('.yaml') && !name.startsWith('_'))
      .sort()
      .map((name) => {
        const id = name.slice(0, -'.yaml'.length);
        let shown = id;
        try {
          shown = String((parse(readFileSync(path.join(dir, name), 'utf8')) as { name?: unknown } | null)?.name ?? id);
        } catch {
          // An unreadable profile still has its id.
        }
        return [id, shown];
      }),
  );
}

const companies = entryNames('companies');
const centres = entryNames('research-centres');
const context: ScaffoldContext = { vocabulary, companyIds: [...companies.keys()], centreIds: [...centres.keys()] };

function existingFiles(kind: ScaffoldKind, id: string, languages: readonly Locale[]): string[] {
  const probe: ScaffoldRequest = { kind, id, languages, today: new Date() };
  return scaffoldFiles(probe, context)
    .map(({ file }) => file)
    .filter((file) => existsSync(path.join(root, file)));
}

function checkIds(what: string, ids: readonly string[] | undefined, allowed: readonly string[]) {
  for (const id of ids ?? []) {
    if (!allowed.includes(id)) fail(`Unknown ${what} "${id}". Allowed: ${allowed.join(', ')}`);
  }
}

// --- Without a terminal, or with kind and slug given: no questions.
async function fromFlags(): Promise<ScaffoldRequest> {
  const kind = positionals[0] as ScaffoldKind | undefined;
  if (!kind || !(scaffoldKinds as readonly string[]).includes(kind)) {
    fail(kind ? `Unknown kind "${kind}".` : 'Say what to create.');
  }
  const id = flags.slug ?? flags.id;
  if (!id) fail('Give the file name with --slug, e.g. --slug water-saving-dyeing');
  if (!ID_PATTERN.test(id)) fail(`"${id}" is not a valid file name: use lower-case letters, digits and hyphens.`);
  const lang = flags.lang ?? (scaffoldKindInfo[kind].translated ? 'both' : 'it');
  if (!['it', 'en', 'both'].includes(lang)) fail(`--lang must be it, en or both, not "${lang}".`);
  const languages: Locale[] = lang === 'both' ? ['it', 'en'] : [lang as Locale];
  if (flags.country && flags.country !== 'IT' && flags.country !== 'CH') fail('--country must be IT or CH.');
  checkIds('sector', flags.sector, vocabulary.sectors);
  checkIds('expertise area', flags.expertise, vocabulary.expertiseAreas);
  checkIds('company', flags.company, context.companyIds);
  checkIds('research centre', flags.centre, context.centreIds);
  checkIds('region', flags.region ? [flags.region] : [], vocabulary.regions);
  checkIds('IP topic', flags.topic ? [flags.topic] : [], vocabulary.ipTopics);
  return {
    kind,
    id,
    languages,
    title: flags.title ?? flags.name,
    sectors: flags.sector,
    expertise: flags.expertise,
    companies: flags.company,
    researchCentres: flags.centre,
    country: flags.country as 'IT' | 'CH' | undefined,
    region: flags.region,
    topic: flags.topic,
    today: new Date(),
  };
}

// --- From the answers of the "Propose a request" issue form.
const REQUEST_FORM = path.join('.github', 'ISSUE_TEMPLATE', 'propose-request.yml');

function fromIssue(file: string): ScaffoldRequest {
  if (positionals[0] !== 'request') fail('--from-issue makes a request: npm run new -- request --from-issue <file>');
  if (!existsSync(file)) fail(`No such file: ${file}`);
  const fields = issueFormFields(readFileSync(path.join(root, REQUEST_FORM), 'utf8'));
  const { answers, problems } = requestFromIssue(readIssueForm(readFileSync(file, 'utf8'), fields), context);
  if (!answers) {
    fail(`${file} cannot become a request yet (form: ${REQUEST_FORM}):\n  - ${problems.join('\n  - ')}`);
  }
  const id = flags.slug ?? flags.id ?? suggestId(answers.title.en ?? answers.title.it);
  if (!ID_PATTERN.test(id)) fail(`"${id}" is not a valid file name: use lower-case letters, digits and hyphens.`);
  return { kind: 'request', id, languages: ['en'], answers, today: new Date() };
}

// --- Step by step, in the editor's language.
async function fromQuestions(): Promise<ScaffoldRequest> {
  const answer = <T>(value: T): Exclude<T, symbol> => {
    if (prompts.isCancel(value)) {
      prompts.cancel('Nothing was created. / Non è stato creato nulla.');
      process.exit(0);
    }
    return value as Exclude<T, symbol>;
  };
  prompts.intro('PMI Network – nuovo contenuto / new content');
  const ui = answer(
    await prompts.select<Locale>({
      message: 'Lingua / Language',
      options: [
        { value: 'it', label: 'Italiano' },
        { value: 'en', label: 'English' },
      ],
    }),
  );
  const t = (it: string, en: string) => (ui === 'it' ? it : en);

  const kind = answer(
    await prompts.select<ScaffoldKind>({
      message: t('Che cosa vuoi creare?', 'What do you want to create?'),
      options: scaffoldKinds.map((value) => ({ value, label: scaffoldKindInfo[value].label[ui] })),
    }),
  );
  const translated = scaffoldKindInfo[kind].translated;
  let languages: Locale[] = [ui];
  if (translated) {
    const choice = answer(
      await prompts.select<'both' | Locale>({
        message: t('In quali lingue?', 'In which languages?'),
        options: [
          {
            value: 'both',
            label: t('Italiano e inglese', 'Italian and English'),
            hint: t('consigliato', 'recommended'),
          },
          {
            value: 'it',
            label: t('Solo italiano', 'Italian only'),
            hint: t('l’inglese si aggiunge dopo', 'add English later'),
          },
          { value: 'en', label: t('Solo inglese', 'English only') },
        ],
      }),
    );
    languages = choice === 'both' ? ['it', 'en'] : [choice];
  }

  const isEntity = kind === 'company' || kind === 'research-centre';
  const title = answer(
    await prompts.text({
      message: isEntity
        ? t('Nome (puoi lasciarlo vuoto e scriverlo dopo)', 'Name (you may leave it empty and write it later)')
        : t('Titolo (puoi lasciarlo vuoto e scriverlo dopo)', 'Title (you may leave it empty and write it later)'),
      validate: (value) =>
        (value ?? '').length > 120 ? t('Al massimo 120 caratteri.', 'At most 120 characters.') : undefined,
    }),
  ).trim();

  const id = answer(
    await prompts.text({
      message: t(
        'Nome del file: diventa l’indirizzo della pagina (minuscole e trattini)',
        'File name: it becomes the page address (lower case and hyphens)',
      ),
      initialValue: title ? suggestId(title) : '',
      placeholder: 'water-saving-dyeing',
      validate: (value) => {
        const candidate = (value ?? '').trim();
        if (!ID_PATTERN.test(candidate)) {
          return t(
            'Solo lettere minuscole, cifre e trattini, ad esempio tintoria-risparmio-acqua',
            'Lower-case letters, digits and hyphens only, e.g. water-saving-dyeing',
          );
        }
        const taken = existingFiles(kind, candidate, languages);
        return taken.length > 0
          ? t(`Esiste già: ${taken.join(', ')}`, `Already exists: ${taken.join(', ')}`)
          : undefined;
      },
    }),
  ).trim();

  const pick = async (message: string, name: keyof typeof taxonomyFiles, ids: readonly string[]) => {
    const names = labels(name);
    return answer(
      await prompts.multiselect<string>({
        message,
        options: ids.map((value) => ({ value, label: names.get(value)?.[ui] ?? value, hint: value })),
        required: false,
      }),
    );
  };
  const request: ScaffoldRequest = { kind, id, languages, title: title || undefined, today: new Date() };

  if (kind === 'company' || kind === 'research-centre') {
    request.country = answer(
      await prompts.select<'IT' | 'CH'>({
        message: t('Paese', 'Country'),
        options: [
          { value: 'IT', label: t('Italia', 'Italy') },
          { value: 'CH', label: t('Svizzera', 'Switzerland') },
        ],
      }),
    );
    const regionNames = labels('regions');
    request.region = answer(
      await prompts.select<string>({
        message: t('Provincia o cantone', 'Province or canton'),
        options: vocabulary.regions
          .filter((region) => vocabulary.regionCountry[region] === request.country)
          .map((value) => ({ value, label: regionNames.get(value)?.[ui] ?? value })),
      }),
    );
  }
  if (kind === 'case-study' || kind === 'company') {
    request.sectors = await pick(
      t('Settori (spazio per scegliere)', 'Sectors (space to choose)'),
      'sectors',
      vocabulary.sectors,
    );
  }
  if (kind !== 'ip-guide' && kind !== 'page') {
    request.expertise = await pick(
      kind === 'company'
        ? t('In che cosa è brava l’impresa? (spazio per scegliere)', 'What is the company good at? (space to choose)')
        : t('Competenze (spazio per scegliere)', 'Expertise areas (space to choose)'),
      'expertiseAreas',
      vocabulary.expertiseAreas,
    );
  }
  if (kind === 'case-study') {
    const choose = async (message: string, entries: Map<string, string>) =>
      answer(
        await prompts.autocompleteMultiselect<string>({
          message,
          options: [...entries].map(([value, label]) => ({ value, label, hint: value })),
          required: false,
        }),
      );
    request.companies = await choose(
      t('Imprese del caso (scrivi per cercare)', 'Companies in the story (type to search)'),
      companies,
    );
    request.researchCentres = await choose(
      t('Partner di ricerca (scrivi per cercare)', 'Research partners (type to search)'),
      centres,
    );
    if (request.companies.length === 0) {
      prompts.log.warn(
        t(
          'Se l’impresa non ha ancora un profilo, crealo prima con "npm run new" (Profilo di impresa).',
          'If the company has no profile yet, create it first with "npm run new" (Company profile).',
        ),
      );
    }
  }
  if (kind === 'ip-guide') {
    const topicNames = labels('ipTopics');
    request.topic = answer(
      await prompts.select<string>({
        message: t('Tema', 'Topic'),
        options: vocabulary.ipTopics.map((value) => ({ value, label: topicNames.get(value)?.[ui] ?? value })),
      }),
    );
  }
  return request;
}

const interactive = positionals.length === 0 && process.stdin.isTTY && process.stdout.isTTY;
if (positionals.length === 0 && !interactive) fail('No terminal to ask questions in: give the kind and --slug.');
const issueFile = flags['from-issue'];
const request = issueFile
  ? fromIssue(path.resolve(issueFile))
  : interactive
    ? await fromQuestions()
    : await fromFlags();

const taken = existingFiles(request.kind, request.id, request.languages);
if (taken.length > 0)
  fail(`Not overwriting what exists: ${taken.join(', ')}. Choose another --slug, or edit that file.`);

const files = scaffoldFiles(request, context);
for (const { file, text } of files) {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}

// What the editor still has to do, straight from the content check.
const result = checkContent({ root });
const created = new Set(files.map(({ file }) => file));
const todos = result.errors.filter((problem) => created.has(problem.file) && problem.detail.includes('TODO'));
const others = result.errors.filter((problem) => created.has(problem.file) && !problem.detail.includes('TODO'));
const it = (interactive ? request.languages[0] : 'en') === 'it';
const lines = [
  ...(it ? ['Creato:'] : ['Created:']),
  ...files.map(({ file }) => `  ${file}`),
  '',
  it
    ? `Ora apri il file, sostituisci i ${todos.length} segnaposto "TODO" e controlla con: npm run check:content`
    : `Now open the file, replace the ${todos.length} "TODO" placeholders and check with: npm run check:content`,
  ...(request.kind === 'page'
    ? [
        it
          ? 'Una nuova pagina fissa compare nel sito solo quando uno sviluppatore la aggiunge in src/pages/[lang]/.'
          : 'A new standing page appears on the site only once a developer adds it to src/pages/[lang]/.',
      ]
    : []),
  ...others.map((problem) => `  ! ${formatProblem(problem)}`),
];
if (interactive) {
  prompts.note(lines.join('\n'), it ? 'Fatto' : 'Done');
  prompts.outro(it ? 'Buon lavoro!' : 'Happy writing!');
} else {
  process.stdout.write(`${lines.join('\n')}\n`);
}
