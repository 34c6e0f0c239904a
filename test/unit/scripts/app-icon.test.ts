import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appIconSizes, icoIconSizes } from '../../../scripts/app-icon-sizes.ts';
import { encodeIco } from '../../../scripts/ico-encoder.ts';
import { readImageHeader } from '../../../src/shared/conv/image/image-header.ts';

const root = resolve(import.meta.dirname, '../../..');
const resources = resolve(root, 'resources');
const png = (size: number) => readFileSync(resolve(resources, 'icons', `icon-${size}.png`));

describe('the app icon', () => {
  it('is a square SVG', () => {
    const svg = readFileSync(resolve(resources, 'icon.svg'), 'utf8');
    expect(svg).toMatch(/<svg [^>]*viewBox="0 0 256 256"/);
    expect(svg).toMatch(/<svg [^>]*width="256" height="256"/);
  });

  it('is committed as a PNG of each size, each as large as its name says, and nothing else', () => {
    for (const size of appIconSizes) {
      expect(readImageHeader(png(size)), `icon-${size}.png`).toEqual({
        ok: true,
        header: { format: 'png', width: size, height: size },
      });
    }
    expect(readdirSync(resolve(resources, 'icons')).sort()).toEqual(
      appIconSizes.map((size) => `icon-${size}.png`).sort(),
    );
  });

  it('has an .ico whose entries are the committed PNGs of its sizes', () => {
    const ico = readFileSync(resolve(resources, 'icon.ico'));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([
      0,
      1,
      icoIconSizes.length,
    ]);
    icoIconSizes.forEach((size, index) => {
      const entry = 6 + 16 * index;
      expect(ico.readUInt8(entry) || 256).toBe(size);
      expect(ico.readUInt8(entry + 1) || 256).toBe(size);
      const start = ico.readUInt32LE(entry + 12);
      const bytes = ico.subarray(start, start + ico.readUInt32LE(entry + 8));
      expect(bytes.equals(png(size)), `the ${size} entry`).toBe(true);
    });
  });

  it('is the favicon, by relative URLs to files that exist', () => {
    const html = readFileSync(resolve(root, 'src/renderer/index.html'), 'utf8');
    const links = [...html.matchAll(/<link rel="icon"[^>]* href="([^"]+)"/g)].map((match) => match[1]!);
    expect(links).toEqual(['../../resources/icon.svg', '../../resources/icons/icon-32.png']);
    for (const link of links)
      expect(readFileSync(resolve(root, 'src/renderer', link)).length).toBeGreaterThan(0);
  });
});

describe('encodeIco', () => {
  it('writes 256 as 0 and refuses a size an icon cannot have', () => {
    const ico = encodeIco([{ size: 256, png: Uint8Array.of(1, 2, 3) }]);
    expect([...ico.subarray(6, 8)]).toEqual([0, 0]);
    expect([...ico.subarray(22)]).toEqual([1, 2, 3]);
    expect(() => encodeIco([{ size: 512, png: new Uint8Array(1) }])).toThrow(
      'images[0].size: an icon is 1 to 256 pixels wide, not 512',
    );
  });
});
