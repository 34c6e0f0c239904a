import { inflateSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodePng } from '../../../scripts/png-encoder.ts';
import { crc32 } from '../../../src/shared/conv/image/crc32.ts';
import { landscapePixel, zonePlateLevel } from '../../../scripts/sample-scene.ts';

/** Reads back what encodePng wrote: chunk CRCs, the header, and the unfiltered rows (PNG spec, section 9). */
function decode(file: Buffer) {
  expect([...file.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const chunks: Record<string, Buffer> = {};
  for (let at = 8; at < file.length;) {
    const length = file.readUInt32BE(at);
    const type = file.toString('latin1', at + 4, at + 8);
    expect(file.readUInt32BE(at + 8 + length)).toBe(crc32(file.subarray(at + 4, at + 8 + length)));
    chunks[type] = file.subarray(at + 8, at + 8 + length);
    at += 12 + length;
  }
  const header = chunks.IHDR!;
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  const channels = { 0: 1, 2: 3, 6: 4 }[header[9]!]!;
  const raw = inflateSync(chunks.IDAT!);
  const stride = width * channels;
  const data = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    for (let x = 0; x < stride; x++) {
      const left = x >= channels ? data[y * stride + x - channels]! : 0;
      const up = y > 0 ? data[(y - 1) * stride + x]! : 0;
      const upperLeft = y > 0 && x >= channels ? data[(y - 1) * stride + x - channels]! : 0;
      const estimate = left + up - upperLeft;
      const [a, b, c] = [Math.abs(estimate - left), Math.abs(estimate - up), Math.abs(estimate - upperLeft)];
      const paeth = a <= b && a <= c ? left : b <= c ? up : upperLeft;
      const predicted = [0, left, up, (left + up) >> 1, paeth][filter]!;
      data[y * stride + x] = (raw[y * (stride + 1) + 1 + x]! + predicted) & 0xff;
    }
  }
  return { width, height, channels, data, ended: 'IEND' in chunks };
}

describe('encodePng', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('writes images that decode to the same bytes, whatever filter each row chose', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 1, max: 9 }),
        fc.constantFrom(1 as const, 3 as const, 4 as const),
        fc.integer(),
        (width, height, channels, seed) => {
          const data = Uint8Array.from(
            { length: width * height * channels },
            (_, index) => (index * 37 + seed) & 0xff,
          );
          const decoded = decode(encodePng({ width, height, channels, data }));
          expect(decoded).toEqual({ width, height, channels, data, ended: true });
        },
      ),
    );
  });

  it('refuses data of the wrong length', () => {
    expect(() => encodePng({ width: 2, height: 2, channels: 3, data: new Uint8Array(11) })).toThrow(
      RangeError,
    );
  });
});

describe('sample scene', () => {
  it('draws the sun, the checkerboard and the sky where the scene puts them', () => {
    expect(landscapePixel(0.8 * 1.5, 0.2, 1.5)).toEqual({ red: 250, green: 198, blue: 64 });
    expect(landscapePixel(0.07, 0.71, 1.5)).toEqual({ red: 245, green: 245, blue: 245 });
    expect(landscapePixel(0.12, 0.71, 1.5)).toEqual({ red: 24, green: 24, blue: 28 });
    expect(landscapePixel(1.45, 0.01, 1.5).blue).toBeGreaterThan(130);
    expect(zonePlateLevel(200, 200, 400)).toBe(255);
  });
});
