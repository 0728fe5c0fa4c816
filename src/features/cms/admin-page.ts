/**
 * The page at /admin/ that loads the CMS: its own Content Security Policy (the public pages' one
 * stays as strict as it is), no indexing, and a bilingual explanation for browsers without
 * JavaScript, pointing at the other two ways to propose a change.
 */
import { ADMIN_PATH, adminPolicy, CMS_LOCAL_PROXY } from '#features/security/index.ts';
import { siteConfig } from '#site-config';
import { escapeHtml as escape } from '#ui/escape-html.ts';

export function adminPage({ styleSheets }: { styleSheets: readonly string[] }): string {
  const contributing = `${siteConfig.repository}/blob/${siteConfig.branch}/CONTRIBUTING`;
  return `<!DOCTYPE html>
<html lang="en" data-preview-styles="${escape(styleSheets.join(' '))}">
<head>
<meta charset="utf-8">
<meta http-equiv="content-security-policy" content="${adminPolicy(CMS_LOCAL_PROXY) /* a constant: sources in single quotes, nothing to escape */}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>Redazione · Editing — PMI Network Knowledge Hub</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="${ADMIN_PATH}admin.css">
<link rel="cms-config-url" type="text/yaml" href="${ADMIN_PATH}config.yml">
</head>
<body>
<noscript>
<main>
<h1>Redazione · Editing</h1>
<p lang="it">L’editor dei contenuti ha bisogno di JavaScript. Senza, si può proporre una modifica su GitHub, seguendo la <a href="${escape(contributing)}.it.md">guida per chi contribuisce</a>.</p>
<p>The content editor needs JavaScript. Without it, you can propose a change on GitHub by following the <a href="${escape(contributing)}.md">contributor guide</a>.</p>
</main>
</noscript>
<script src="${ADMIN_PATH}decap-cms.js"></script>
<script src="${ADMIN_PATH}admin.js"></script>
</body>
</html>
`;
}
