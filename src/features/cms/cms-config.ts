/**
 * The whole Decap CMS configuration (written to /admin/config.yml by the build and by
 * `npm run cms:config`): the GitHub backend with the editorial workflow and open authoring, so
 * every change from the CMS arrives as a pull request and goes through the same CI as a change from
 * a clone; the local proxy (decap-server) for editing on one's own machine; both languages; and the
 * collections generated from the zod schemas.
 */
import path from 'node:path';
import { stringify } from 'yaml';
import { contentKinds, imageLimits, readGuideSlugs, readVocabulary } from '#features/content-check/index.ts';
import { CMS_LOCAL_PROXY } from '#features/security/index.ts';
import { defaultLocale, locales } from '#i18n/locales.ts';
import { ContentError } from '#schemas/format-issues.ts';
import { siteConfig } from '#site-config';
import { cmsCollections, type CmsCollection } from './collections.ts';
import type { FieldContext } from './schema-fields.ts';

export interface CmsConfigOptions {
  /** Project folder holding content/. */
  root: string;
  /** Public origin of the site, for the CMS's "view live" links. */
  siteUrl: string;
  /** The OAuth service that signs editors in to GitHub (see README, "Editing in the browser"). */
  authUrl?: string | undefined;
}

export interface CmsConfig {
  backend: Record<string, unknown>;
  local_backend: { url: string; allowed_hosts: string[] };
  publish_mode: 'editorial_workflow';
  site_url: string;
  locale: string;
  logo_url: string;
  slug: { encoding: 'ascii'; clean_accents: true };
  media_folder: string;
  public_folder: string;
  i18n: { structure: 'multiple_folders'; locales: string[]; default_locale: string };
  collections: CmsCollection[];
}

/** "https://github.com/pmi-network/knowledge-hub" → "pmi-network/knowledge-hub". */
export function githubRepo(repository: string): string {
  const match = /^https:\/\/github\.com\/([^/]+\/[^/]+?)(?:\.git)?\/?$/.exec(repository);
  if (!match) throw new Error(`src/site.config.ts: "repository" must be a GitHub address, got "${repository}"`);
  return match[1]!;
}

export function cmsConfig({ root, siteUrl, authUrl }: CmsConfigOptions): CmsConfig {
  const contentDir = path.join(root, 'content');
  const { vocabulary, terms, problems } = readVocabulary(contentDir);
  if (problems.length > 0) throw new ContentError(problems);
  const context: FieldContext = {
    vocabularies: terms,
    guideSlugs: readGuideSlugs(contentDir),
    translated: false,
    maxImageBytes: imageLimits.maxBytes,
  };
  return {
    backend: {
      name: 'github',
      repo: githubRepo(siteConfig.repository),
      branch: siteConfig.branch,
      // Editors without write access work on a fork; every change is a pull request either way.
      open_authoring: true,
      ...(authUrl ? { base_url: authUrl } : {}),
      squash_merges: true,
    },
    // Used only when the CMS is opened on localhost and `npx decap-server` runs.
    local_backend: { url: `${CMS_LOCAL_PROXY}/api/v1`, allowed_hosts: ['localhost', '127.0.0.1'] },
    publish_mode: 'editorial_workflow',
    site_url: siteUrl,
    // Field hints come from the schemas, written in English; the content itself is bilingual.
    locale: 'en',
    logo_url: '/icons/icon-192.png',
    // File names become page addresses: lower-case ASCII letters, digits and hyphens only.
    slug: { encoding: 'ascii', clean_accents: true },
    // The Media tab lists the stories' covers, which live beside it/ and en/ (see collections.ts).
    media_folder: `content/${contentKinds.caseStudies.folder}`,
    public_folder: '..',
    i18n: { structure: 'multiple_folders', locales: [...locales], default_locale: defaultLocale },
    collections: cmsCollections(contentDir, vocabulary, context),
  };
}

export function cmsConfigYaml(options: CmsConfigOptions): string {
  return `# Generated from the zod schemas of src/schemas/ by src/features/cms/: do not edit.\n${stringify(cmsConfig(options), { lineWidth: 0 })}`;
}
