/**
 * Renders the hand-drawn story covers (scripts/covers/<slug>.svg) to WebP next to the Italian
 * version of each story: content/case-studies/it/<slug>.webp. The English version points at the
 * same file (cover.src: ../it/<slug>.webp).
 *
 *   npm run covers
 *
 * Why raster: the content check refuses SVG covers, because an SVG file can carry scripts and
 * editors add covers too. The drawings stay editable here; the site only serves pixels, resized
 * by Astro. sharp is the image library Astro itself uses for that.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { contentDir, projectRoot } from '#scripts/support/paths.ts';

const sourceDir = path.join(projectRoot, 'scripts', 'covers');
const targetDir = path.join(contentDir, 'case-studies', 'it');
/** 16:9, wide enough for the story page on a 2x screen. */
const WIDTH = 1600;
const HEIGHT = 900;

async function main(): Promise<void> {
  const drawings = readdirSync(sourceDir)
    .filter((name) => name.endsWith('.svg'))
    .sort();
  for (const name of drawings) {
    const target = path.join(targetDir, `${name.slice(0, -'.svg'.length)}.webp`);
    // density scales the 1200-unit drawing up before resizing, so edges stay sharp.
    const info = await sharp(path.join(sourceDir, name), { density: 144 })
      .resize(WIDTH, HEIGHT)
      .flatten({ background: '#ffffff' })
      .webp({ quality: 88, effort: 6 })
      .toFile(target);
    console.log(
      `${path.relative(projectRoot, target)}: ${info.width}×${info.height}, ${Math.round(info.size / 1024)} kB`,
    );
  }
}

await main();
