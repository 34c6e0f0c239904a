/**
 * Writes the convolution lab's sample images (ours, drawn by code: see resources/README.md):
 *   npx tsx scripts/make-sample-images.ts
 * The 4000x3000 landscape is the responsiveness test's 12-megapixel image; it is made of flat areas and linear
 * gradients, so the PNG stays small in the repository.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { encodePng } from './png-encoder.ts';
import { landscapePixel, renderRgb, zonePlateLevel } from './sample-scene.ts';

const folder = resolve(import.meta.dirname, '../src/renderer/assets/samples');

function writeLandscape(width: number, height: number): void {
  const data = renderRgb(width, height, (x, y) => landscapePixel(x, y, width / height));
  const file = resolve(folder, `landscape-${width}x${height}.png`);
  writeFileSync(file, encodePng({ width, height, channels: 3, data }));
  console.log(`${file}`);
}

function writeZonePlate(size: number): void {
  const data = Uint8Array.from({ length: size * size }, (_, index) =>
    zonePlateLevel((index % size) + 0.5, Math.floor(index / size) + 0.5, size),
  );
  const file = resolve(folder, `zone-plate-${size}.png`);
  writeFileSync(file, encodePng({ width: size, height: size, channels: 1, data }));
  console.log(`${file}`);
}

writeLandscape(960, 640);
writeZonePlate(400);
writeLandscape(4000, 3000);
