/**
 * Full-page screenshots of one page per template, in both languages, at phone and desktop
 * widths (and dark mode for the home pages), for reviewing the design by eye.
 *
 *   npm run build && npm run screenshots -- [output folder]
 *
 * It builds nothing: it serves the existing dist/ with the test harness's static server.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { launchBrowser } from '#scripts/support/browser.ts';
import { contentDir, distDir } from '#scripts/support/paths.ts';
import { expectedPages, onePagePerTemplate, readSiteContent } from '#scripts/support/site-map.ts';
import { startStaticServer } from '#scripts/support/static-server.ts';

interface Shot {
  path: string;
  width: number;
  colorScheme: 'light' | 'dark';
}

function plannedShots(): Shot[] {
  const pages = onePagePerTemplate(expectedPages(readSiteContent(contentDir)));
  const shots: Shot[] = [];
  for (const page of pages) {
    for (const width of [375, 1280]) {
      shots.push({ path: page.path, width, colorScheme: 'light' });
      if (page.template === 'home') shots.push({ path: page.path, width, colorScheme: 'dark' });
    }
  }
  return shots;
}

/** /it/case-studies/x/ at 375 px, light → it-case-studies-x.375-light.png */
function fileName({ path: urlPath, width, colorScheme }: Shot): string {
  const name =
    urlPath
      .split('/')
      .filter(Boolean)
      .join('-')
      .replace(/\.html$/, '') || 'language-chooser';
  return `${name}.${width}-${colorScheme}.png`;
}

async function main(): Promise<void> {
  if (!existsSync(path.join(distDir, 'index.html'))) {
    throw new Error('dist/ has no built site: run `npm run build` first');
  }
  const outputDir = path.resolve(process.argv[2] ?? (await mkdtemp(path.join(os.tmpdir(), 'pmi-hub-screenshots-'))));
  await mkdir(outputDir, { recursive: true });

  const server = await startStaticServer(distDir);
  const browser = await launchBrowser();
  try {
    for (const shot of plannedShots()) {
      const context = await browser.newContext({
        viewport: { width: shot.width, height: 900 },
        colorScheme: shot.colorScheme,
        reducedMotion: 'reduce',
      });
      try {
        const page = await context.newPage();
        const response = await page.goto(`${server.url}${shot.path}`, { waitUntil: 'load' });
        const file = path.join(outputDir, fileName(shot));
        await page.screenshot({ path: file, fullPage: true });
        const status = response?.status() ?? 0;
        console.log(status === 200 ? file : `${file} (served with status ${status})`);
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
