/**
 * Draws the app icons (PNG) from the logo. Run once after changing the logo:
 *   node scripts/make-icons.ts
 * The PNGs are committed so builds do not depend on image tooling.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';

const outDir = path.resolve('public/icons');
const brand = '#0a5877';

/** The logo on a square; `padding` leaves the safe zone that maskable icons need. */
function logo(padding: number): string {
  const size = 100;
  const inner = size - 2 * padding;
  const scale = inner / 40;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}">
  <rect width="${size}" height="${size}" rx="${padding === 0 ? 22 : 0}" fill="${brand}"/>
  <g transform="translate(${padding} ${padding}) scale(${scale})">
    <path d="M12 27 L28 13" stroke="#fff" stroke-width="2.5" stroke-linecap="round"/>
    <circle cx="12" cy="27" r="5" fill="#fff"/>
    <circle cx="28" cy="13" r="5" fill="#fcefe6"/>
  </g>
</svg>`;
}

const icons = [
  { name: 'icon-192.png', size: 192, padding: 0 },
  { name: 'icon-512.png', size: 512, padding: 0 },
  { name: 'icon-maskable-512.png', size: 512, padding: 18 },
  { name: 'apple-touch-icon.png', size: 180, padding: 8 },
];

mkdirSync(outDir, { recursive: true });
for (const icon of icons) {
  await sharp(Buffer.from(logo(icon.padding)), { density: 300 })
    .resize(icon.size, icon.size)
    .png({ compressionLevel: 9 })
    .toFile(path.join(outDir, icon.name));
  console.log(`public/icons/${icon.name}`);
}
