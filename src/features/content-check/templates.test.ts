import { describe, expect, it } from 'vitest';
import { schemasFor } from './content-kinds.ts';
import { readYaml, splitFrontMatter } from './yaml-source.ts';
import { vocabulary } from '#schemas/test-support.ts';
import { scaffoldFiles, scaffoldKinds, suggestId, type ScaffoldKind } from './templates.ts';

const context = { vocabulary, companyIds: ['acme'], centreIds: ['supsi'] };
const kindOfFile: Record<ScaffoldKind, keyof ReturnType<typeof schemasFor>> = {
  'case-study': 'caseStudies',
  company: 'companies',
  'research-centre': 'researchCentres',
  'ip-guide': 'ipGuides',
  page: 'pages',
  request: 'requests',
};

describe('scaffold templates', () => {
  it.each(scaffoldKinds)('%s: every file passes its schema, in both comment languages', (kind) => {
    for (const lang of ['it', 'en'] as const) {
      const files = scaffoldFiles({ kind, id: 'new-entry', languages: [lang], today: new Date('2026-11-28') }, context);
      expect(files.length).toBe(1);
      const text = files[0]!.text;
      const yaml = files[0]!.file.endsWith('.mdx') ? splitFrontMatter(text).frontMatter! : text;
      const source = readYaml(yaml);
      expect(source.syntaxProblems).toEqual([]);
      const result = schemasFor(vocabulary)[kindOfFile[kind]].safeParse(source.data);
      expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
      expect(text).toMatch(/TODO/);
    }
  });

  it('uses the values it is given and quotes titles safely', () => {
    const [file] = scaffoldFiles(
      {
        kind: 'company',
        id: 'acme',
        languages: ['en'],
        title: 'Acme: "quoted" S.r.l.',
        country: 'CH',
        region: 'ticino',
        sectors: ['mechatronics'],
        today: new Date('2026-11-28'),
      },
      context,
    );
    expect(file!.file).toBe('content/companies/acme.yaml');
    const data = readYaml(file!.text).data as Record<string, unknown>;
    expect(data).toMatchObject({
      name: 'Acme: "quoted" S.r.l.',
      country: 'CH',
      region: 'ticino',
      sectors: ['mechatronics'],
    });
  });

  it('suggests file names without accents, punctuation or legal form', () => {
    expect(suggestId('Tintoria Azzurrolago S.r.l.')).toBe('tintoria-azzurrolago');
    expect(suggestId('Brisalp Mecatronica SA')).toBe('brisalp-mecatronica');
    expect(suggestId("L'acqua più pulita: un caso")).toBe('lacqua-piu-pulita-un-caso');
    // A long title is cut after its last whole word within 60 characters.
    expect(suggestId("Partner per misurare l'usura di molle in lega a memoria di forma")).toBe(
      'partner-per-misurare-lusura-di-molle-in-lega-a-memoria-di',
    );
  });
});
