import path from 'node:path';
import { launchBrowser } from './tests/support/browser.ts';
import { startStaticServer } from './tests/support/static-server.ts';
const [dist, out, ...paths] = process.argv.slice(2);
const server = await startStaticServer(path.resolve(dist!));
const browser = await launchBrowser();
for (const p of paths) for (const width of [375, 1280]) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto(`${server.url}${p}`, { waitUntil: 'load' });
  const sel = process.env.SEL;
  const file = path.join(out!, `${p.split('/').filter(Boolean).join('-')}.${width}.png`);
  const box = sel ? await page.locator(sel).first().boundingBox() : { x: 0, y: 0, width, height: await page.evaluate(() => document.body.scrollHeight) };
  const slice = width === 375 ? 1100 : 900;
  for (let y = box!.y, i = 0; y < box!.y + box!.height; y += slice, i++) {
    const f = file.replace('.png', `.${i}.png`);
    await page.screenshot({ path: f, fullPage: true, clip: { x: 0, y, width, height: Math.min(slice, box!.y + box!.height - y) } });
    console.log(f);
  }
  await context.close();
}
await browser.close(); await server.close();
