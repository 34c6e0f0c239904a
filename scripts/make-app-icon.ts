/**
 * Renders the app icon (resources/icon.svg, ours: see resources/README.md) to the PNG sizes the window, the
 * favicon and a web manifest use, and to a Windows .ico, with Chromium (Debian's, or $CHROMIUM_PATH):
 *   npx tsx scripts/make-app-icon.ts
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { appIconSizes, icoIconSizes } from './app-icon-sizes.ts';
import { encodeIco } from './ico-encoder.ts';

const resources = resolve(import.meta.dirname, '../resources');
const svg = readFileSync(resolve(resources, 'icon.svg'));

const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (path): path is string => Boolean(path && existsSync(path)),
);
if (!executablePath)
  throw new Error('No Chromium: install one (apt-get install -y chromium) or set CHROMIUM_PATH.');

const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  const source = `data:image/svg+xml;base64,${svg.toString('base64')}`;
  const pngs = new Map<number, Buffer>();
  mkdirSync(resolve(resources, 'icons'), { recursive: true });
  for (const size of appIconSizes) {
    await page.setViewportSize({ width: size, height: size });
    // The SVG drawn at each size by Chromium itself (not a scaled bitmap), on a transparent page.
    await page.setContent(
      `<style>html, body { margin: 0; background: transparent; }</style><img src="${source}" width="${size}" height="${size}">`,
    );
    // (This file is typed for Node, without the DOM: the image is described by the one method used.)
    await page.locator('img').evaluate((image) => (image as unknown as { decode(): Promise<void> }).decode());
    const png = await page.screenshot({
      omitBackground: true,
      clip: { x: 0, y: 0, width: size, height: size },
    });
    pngs.set(size, png);
    const file = resolve(resources, 'icons', `icon-${size}.png`);
    writeFileSync(file, png);
    console.log(file);
  }
  const ico = resolve(resources, 'icon.ico');
  writeFileSync(ico, encodeIco(icoIconSizes.map((size) => ({ size, png: pngs.get(size)! }))));
  console.log(ico);
} finally {
  await browser.close();
}
