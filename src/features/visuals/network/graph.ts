/**
 * Who worked with whom: companies ↔ research centres, one edge per pair that appears together in
 * at least one success story, with the stories that connect them.
 */
export interface NetworkNode {
  /** "company:<id>" or "centre:<id>": unique across both kinds. */
  key: string;
  kind: 'company' | 'centre';
  id: string;
  name: string;
  /** Short name for the drawing, e.g. "SUPSI". */
  label: string;
}

export interface NetworkEdge {
  company: string;
  centre: string;
  /** Slugs of the stories the two appear in together, in the order given. */
  stories: string[];
}

export interface CollaborationGraph {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

interface StoryPartners {
  slug: string;
  companies: readonly string[];
  researchCentres: readonly string[];
}

interface Named {
  id: string;
  name: string;
  shortName?: string | undefined;
}

export function collaborationGraph(
  stories: readonly StoryPartners[],
  companies: readonly Named[],
  centres: readonly Named[],
): CollaborationGraph {
  const companyById = new Map(companies.map((company) => [company.id, company]));
  const centreById = new Map(centres.map((centre) => [centre.id, centre]));
  const edges = new Map<string, NetworkEdge>();
  for (const story of stories) {
    for (const company of story.companies) {
      for (const centre of story.researchCentres) {
        if (!companyById.has(company) || !centreById.has(centre)) continue;
        const key = `${company}|${centre}`;
        const edge = edges.get(key) ?? { company, centre, stories: [] };
        if (!edge.stories.includes(story.slug)) edge.stories.push(story.slug);
        edges.set(key, edge);
      }
    }
  }
  const edgeList = [...edges.values()].sort(
    (a, b) => a.company.localeCompare(b.company) || a.centre.localeCompare(b.centre),
  );
  const node = (kind: NetworkNode['kind'], entry: Named): NetworkNode => ({
    key: `${kind}:${entry.id}`,
    kind,
    id: entry.id,
    name: entry.name,
    label: entry.shortName ?? withoutLegalForm(entry.name),
  });
  const linkedCompanies = new Set(edgeList.map((edge) => edge.company));
  const linkedCentres = new Set(edgeList.map((edge) => edge.centre));
  const nodes = [
    ...[...linkedCompanies].sort().map((id) => node('company', companyById.get(id)!)),
    ...[...linkedCentres].sort().map((id) => node('centre', centreById.get(id)!)),
  ];
  return { nodes, edges: edgeList };
}

/** "Mollificio Ferrovivo S.r.l." → "Mollificio Ferrovivo": the drawing's labels stay short. */
export function withoutLegalForm(name: string): string {
  const short = name.replace(
    /,?\s+(S\.?r\.?l\.?s?|S\.?p\.?A\.?|S\.?a\.?s\.?|S\.?n\.?c\.?|SA|AG|GmbH|Sagl|S[àa]rl)$/u,
    '',
  );
  return short.length > 0 ? short : name;
}
