import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  readImageHeader,
  readImageHeaderFrom,
  type ImageHeaderResult,
} from '../../../../src/shared/conv/image/image-header.ts';
import { encodeBlankPng } from '../../../../scripts/png-encoder.ts';
import {
  ascii,
  bmpFile,
  gifFile,
  jpegHeader,
  jpegSegment,
  pngChunk,
  pngHeader,
  uint16be,
  uint32be,
  uint32le,
  vp8Data,
  vp8lData,
  vp8xData,
  webpHeader,
} from './image-header-files.ts';

const size = (result: ImageHeaderResult) => (result.ok ? result.header : { problem: result.problem });

describe('readImageHeader: PNG', () => {
  it('reads a whole 12000 x 12000 PNG of a few kilobytes from its first 33 bytes', () => {
    const file = encodeBlankPng(12000, 12000);
    expect(file.length).toBeLessThan(200_000);
    expect(size(readImageHeader(file))).toEqual({ format: 'png', width: 12000, height: 12000 });
    expect(size(readImageHeader(file.subarray(0, 33)))).toEqual({
      format: 'png',
      width: 12000,
      height: 12000,
    });
  });

  it('reads 30000 x 30000, which a decoder cannot even allocate', () => {
    expect(size(readImageHeader(pngHeader(30000, 30000)))).toEqual({
      format: 'png',
      width: 30000,
      height: 30000,
    });
  });

  it('says a header cut short is truncated, with what it had and what it needs', () => {
    const header = pngHeader(640, 480);
    expect(size(readImageHeader(header.subarray(0, 20)))).toEqual({
      problem: { code: 'truncated', format: 'png', length: 20, needed: 29 },
    });
    expect(size(readImageHeader(header.subarray(0, 5)))).toEqual({
      problem: { code: 'truncated', format: 'png', length: 5, needed: 8 },
    });
    for (let length = 1; length < 33; length++) {
      expect(readImageHeader(header.subarray(0, length))).toMatchObject({ problem: { code: 'truncated' } });
    }
  });

  it('finds a width changed after the checksum was made (a lying header) by its CRC', () => {
    const lying = pngHeader(640, 480);
    lying.set(uint32be(30000), 16);
    expect(size(readImageHeader(lying))).toEqual({ problem: { code: 'damaged', format: 'png', offset: 29 } });
  });

  it('refuses a first chunk that is not a 13-byte IHDR, a zero side and a side over 2^31 - 1', () => {
    const signature = pngHeader(1, 1).subarray(0, 8);
    const gamaFirst = Uint8Array.from([...signature, ...pngChunk('gAMA', uint32be(45455))]);
    expect(size(readImageHeader(gamaFirst))).toMatchObject({ problem: { code: 'damaged', offset: 8 } });
    expect(size(readImageHeader(pngHeader(0, 480)))).toMatchObject({ problem: { offset: 16 } });
    expect(size(readImageHeader(pngHeader(640, 0)))).toMatchObject({ problem: { offset: 20 } });
    expect(size(readImageHeader(pngHeader(2 ** 31, 1)))).toMatchObject({ problem: { offset: 16 } });
  });
});

describe('readImageHeader: JPEG', () => {
  it('reads the frame header after the JFIF segment', () => {
    expect(size(readImageHeader(jpegHeader(640, 480)))).toEqual({ format: 'jpeg', width: 640, height: 480 });
  });

  it('skips tables, restart markers and fill bytes, and reads progressive frames (SOF2)', () => {
    const tables = [...jpegSegment(0xdb, 69), ...jpegSegment(0xc4, 33), 0xff, 0xd0, 0xff, 0xff];
    expect(size(readImageHeader(jpegHeader(4000, 3000, tables)))).toEqual({
      format: 'jpeg',
      width: 4000,
      height: 3000,
    });
    const progressive = jpegHeader(320, 200);
    progressive[progressive.indexOf(0xc0)] = 0xc2;
    expect(size(readImageHeader(progressive))).toMatchObject({ width: 320, height: 200 });
  });

  it('reads on past 64 KB segments of metadata to the frame header, twice as far each time', async () => {
    const exif = [...jpegSegment(0xe1, 65_535), ...jpegSegment(0xe2, 65_535), ...jpegSegment(0xed, 40_000)];
    const file = jpegHeader(6000, 4000, exif);
    const first = readImageHeader(file.subarray(0, 65_536));
    expect(first).toMatchObject({ ok: false, problem: { code: 'truncated', needed: 65_556 } });
    const reads: number[] = [];
    const result = await readImageHeaderFrom(file.length, async (length) => {
      reads.push(length);
      return file.subarray(0, length);
    });
    expect(size(result)).toEqual({ format: 'jpeg', width: 6000, height: 4000 });
    expect(reads).toEqual([65_536, 131_072, file.length]);
  });

  it('refuses scan data or the end before any frame header, a height of 0 (DNL) and a missing marker', () => {
    const scanFirst = Uint8Array.from([0xff, 0xd8, ...jpegSegment(0xe0, 18), 0xff, 0xda, 0, 8]);
    expect(size(readImageHeader(scanFirst))).toEqual({
      problem: { code: 'damaged', format: 'jpeg', offset: 21 },
    });
    expect(size(readImageHeader(Uint8Array.of(0xff, 0xd8, 0xff, 0xd9)))).toMatchObject({
      problem: { code: 'damaged', offset: 3 },
    });
    expect(size(readImageHeader(jpegHeader(640, 0)))).toMatchObject({
      problem: { code: 'damaged', offset: 25 },
    });
    const noMarker = jpegHeader(640, 480);
    noMarker[20] = 0x12;
    expect(size(readImageHeader(noMarker))).toMatchObject({ problem: { code: 'damaged', offset: 20 } });
    const shortLength = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, ...uint16be(1)]);
    expect(size(readImageHeader(shortLength))).toMatchObject({ problem: { code: 'damaged', offset: 4 } });
  });

  it('says a file that ends in its metadata is truncated once the whole file was read', async () => {
    const metadata = [...jpegSegment(0xe1, 65_535), ...jpegSegment(0xe1, 65_535)];
    const file = jpegHeader(640, 480, metadata).subarray(0, 90_000);
    const result = await readImageHeaderFrom(file.length, async (length) => file.subarray(0, length));
    expect(size(result)).toEqual({
      problem: { code: 'truncated', format: 'jpeg', length: 90_000, needed: 131_091 },
    });
  });
});

describe('readImageHeader: GIF, WebP, BMP', () => {
  it('reads a GIF89a and a GIF87a logical screen', () => {
    expect(size(readImageHeader(gifFile({ width: 320, height: 240 })))).toEqual({
      format: 'gif',
      width: 320,
      height: 240,
    });
    const old = gifFile({ width: 5, height: 7 });
    old.set(ascii('87a'), 3);
    expect(size(readImageHeader(old))).toMatchObject({ width: 5, height: 7 });
  });

  it('measures a GIF by its first frame where a lying logical screen says 1 x 1', () => {
    const lying = gifFile({ width: 1, height: 1 }, { left: 10, top: 0, width: 30000, height: 30000 });
    expect(size(readImageHeader(lying))).toEqual({ format: 'gif', width: 30010, height: 30000 });
  });

  it('refuses a GIF that ends (trailer) before any image, or has an unknown block', () => {
    const noImage = Uint8Array.from([...ascii('GIF89a'), 1, 0, 1, 0, 0, 0, 0, 0x3b]);
    expect(size(readImageHeader(noImage))).toEqual({
      problem: { code: 'damaged', format: 'gif', offset: 13 },
    });
    expect(size(readImageHeader(noImage.subarray(0, 12)))).toMatchObject({ problem: { code: 'truncated' } });
  });

  it('reads the three kinds of WebP: lossy VP8, lossless VP8L and extended VP8X', () => {
    expect(size(readImageHeader(webpHeader('VP8 ', vp8Data(16383, 9000))))).toEqual({
      format: 'webp',
      width: 16383,
      height: 9000,
    });
    expect(size(readImageHeader(webpHeader('VP8L', vp8lData(16384, 1))))).toMatchObject({
      width: 16384,
      height: 1,
    });
    expect(size(readImageHeader(webpHeader('VP8X', vp8xData(30000, 30000))))).toMatchObject({
      width: 30000,
      height: 30000,
    });
  });

  it('refuses a WebP with a wrong start code, signature, version or first chunk', () => {
    const lossy = webpHeader('VP8 ', vp8Data(10, 10));
    lossy[24] = 0;
    expect(size(readImageHeader(lossy))).toMatchObject({ problem: { code: 'damaged', offset: 23 } });
    const lossless = webpHeader('VP8L', vp8lData(10, 10));
    lossless[20] = 0x2e;
    expect(size(readImageHeader(lossless))).toMatchObject({ problem: { offset: 20 } });
    lossless[20] = 0x2f;
    lossless[24]! |= 0x20;
    expect(size(readImageHeader(lossless))).toMatchObject({ problem: { offset: 24 } });
    expect(size(readImageHeader(webpHeader('ALPH', [0, 0])))).toMatchObject({ problem: { offset: 12 } });
    expect(size(readImageHeader(webpHeader('VP8 ', vp8Data(0, 10))))).toMatchObject({
      problem: { offset: 26 },
    });
  });

  it('reads a BMP bottom-up and top-down, and its OS/2 core header', () => {
    expect(size(readImageHeader(bmpFile(3, 2)))).toEqual({ format: 'bmp', width: 3, height: 2 });
    expect(size(readImageHeader(bmpFile(3, -2)))).toEqual({ format: 'bmp', width: 3, height: 2 });
    const core = Uint8Array.from([
      ...ascii('BM'),
      ...uint32le(26),
      0,
      0,
      0,
      0,
      ...uint32le(26),
      ...uint32le(12),
    ]);
    const coreSizes = Uint8Array.from([...core, 0x30, 0x75, 0x30, 0x75]);
    expect(size(readImageHeader(coreSizes))).toEqual({ format: 'bmp', width: 30000, height: 30000 });
  });

  it('refuses a BMP with an unknown DIB header size or no columns', () => {
    const odd = bmpFile(3, 2);
    odd.set(uint32le(7), 14);
    expect(size(readImageHeader(odd))).toEqual({ problem: { code: 'damaged', format: 'bmp', offset: 14 } });
    const negative = bmpFile(3, 2);
    negative.set(uint32le(-3 >>> 0), 18);
    expect(size(readImageHeader(negative))).toMatchObject({ problem: { offset: 18 } });
    expect(size(readImageHeader(bmpFile(3, 0)))).toMatchObject({ problem: { offset: 22 } });
  });
});

describe('readImageHeader: anything else', () => {
  it('says what an empty file and an unknown format are', () => {
    expect(size(readImageHeader(new Uint8Array(0)))).toEqual({ problem: { code: 'empty' } });
    expect(size(readImageHeader(Uint8Array.from(ascii('II*\0'))))).toEqual({
      problem: { code: 'unknown-format' },
    });
    expect(size(readImageHeader(Uint8Array.from(ascii('RIFF\0\0\0\0WAVEfmt '))))).toEqual({
      problem: { code: 'unknown-format' },
    });
    expect(
      size(readImageHeader(Uint8Array.from(ascii('<svg xmlns="http://www.w3.org/2000/svg"/>')))),
    ).toEqual({
      problem: { code: 'unknown-format' },
    });
  });

  it('never throws on arbitrary bytes, nor on any prefix or corruption of a real header', () => {
    const headers = [
      pngHeader(640, 480),
      jpegHeader(640, 480, jpegSegment(0xdb, 69)),
      gifFile({ width: 3, height: 3 }),
      webpHeader('VP8X', vp8xData(9, 9)),
      bmpFile(2, 2),
    ];
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        expect(typeof readImageHeader(bytes).ok).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...headers),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 6 }),
        fc.nat(),
        (header, edits, cut) => {
          const bytes = header.slice(0, 1 + (cut % header.length));
          for (const [at, value] of edits) bytes[at % bytes.length] = value;
          const result = readImageHeader(bytes);
          if (result.ok) expect(result.header.width * result.header.height).toBeGreaterThan(0);
        },
      ),
      { numRuns: 5000 },
    );
  });
});
