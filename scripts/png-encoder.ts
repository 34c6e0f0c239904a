import { deflateSync } from 'node:zlib';
import { crc32 } from '../src/shared/conv/image/crc32.ts';

/** An 8-bit image: grayscale (1 channel), RGB (3) or RGBA (4), rows top to bottom. */
export interface RasterImage {
  width: number;
  height: number;
  channels: 1 | 3 | 4;
  data: Uint8Array;
}

/** PNG colour types by channel count: grayscale 0, truecolour 2, truecolour with alpha 6. */
const colourTypes = { 1: 0, 3: 2, 4: 6 } as const;

export const pngSignature = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);

/** One PNG chunk: length, type, body and the CRC of type and body (PNG spec, section 5.3). */
export function pngChunk(type: string, body: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + body.length);
  out.writeUInt32BE(body.length, 0);
  out.write(type, 4, 'latin1');
  out.set(body, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + body.length)), 8 + body.length);
  return out;
}

/** PNG's Paeth predictor (PNG spec, section 9.4). */
function paeth(left: number, up: number, upperLeft: number): number {
  const estimate = left + up - upperLeft;
  const toLeft = Math.abs(estimate - left);
  const toUp = Math.abs(estimate - up);
  const toUpperLeft = Math.abs(estimate - upperLeft);
  if (toLeft <= toUp && toLeft <= toUpperLeft) return left;
  return toUp <= toUpperLeft ? up : upperLeft;
}

/**
 * Filters one row with each of PNG's five filters and keeps the one with the smallest sum of absolute signed
 * bytes (the spec's recommended heuristic), so gradients and flat areas compress to almost nothing.
 */
function filterRow(row: Uint8Array, previous: Uint8Array, bytesPerPixel: number, out: Uint8Array): void {
  let best = Infinity;
  const candidate = new Uint8Array(row.length);
  for (let filter = 0; filter < 5; filter++) {
    let cost = 0;
    for (let index = 0; index < row.length; index++) {
      const left = index >= bytesPerPixel ? row[index - bytesPerPixel]! : 0;
      const up = previous[index]!;
      const upperLeft = index >= bytesPerPixel ? previous[index - bytesPerPixel]! : 0;
      const predicted =
        filter === 0
          ? 0
          : filter === 1
            ? left
            : filter === 2
              ? up
              : filter === 3
                ? (left + up) >> 1
                : paeth(left, up, upperLeft);
      const value = (row[index]! - predicted) & 0xff;
      candidate[index] = value;
      cost += value < 128 ? value : 256 - value;
    }
    if (cost < best) {
      best = cost;
      out[0] = filter;
      out.set(candidate, 1);
    }
  }
}

/** Encodes an 8-bit grayscale, RGB or RGBA image as a PNG file (one IDAT chunk, deflate level 9). */
export function encodePng(image: RasterImage): Buffer {
  const { width, height, channels, data } = image;
  if (data.length !== width * height * channels) {
    throw new RangeError(
      `expected ${width * height * channels} bytes for ${width}x${height}, got ${data.length}`,
    );
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, colourTypes[channels], 0, 0, 0], 8);
  const stride = width * channels;
  const filtered = new Uint8Array((stride + 1) * height);
  let previous: Uint8Array = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const row = data.subarray(y * stride, (y + 1) * stride);
    filterRow(row, previous, channels, filtered.subarray(y * (stride + 1), (y + 1) * (stride + 1)));
    previous = row;
  }
  return Buffer.concat([
    pngSignature,
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(filtered, { level: 9 })),
    pngChunk('IEND', new Uint8Array(0)),
  ]);
}

/**
 * A whole 1-bit grayscale PNG of zeros: any size in a few kilobytes (12000 x 12000 is 18 KB), for tests of
 * what happens to a file whose header asks for more memory than a decoder should give.
 */
export function encodeBlankPng(width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([1, 0, 0, 0, 0], 8);
  const rows = Buffer.alloc((1 + Math.ceil(width / 8)) * height);
  return Buffer.concat([
    pngSignature,
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(rows, { level: 9 })),
    pngChunk('IEND', new Uint8Array(0)),
  ]);
}
