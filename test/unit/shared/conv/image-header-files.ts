import { crc32 } from '../../../../src/shared/conv/image/crc32.ts';

/**
 * Small image files built byte by byte, as each format's spec lays them out, for the header reader's tests and
 * for the browser test that checks Chromium reads the same sizes from them.
 */

export const ascii = (text: string): number[] => [...text].map((letter) => letter.charCodeAt(0));
export const uint16be = (value: number): number[] => [(value >>> 8) & 0xff, value & 0xff];
export const uint16le = (value: number): number[] => [value & 0xff, (value >>> 8) & 0xff];
export const uint32be = (value: number): number[] => [...uint16be(value >>> 16), ...uint16be(value)];
export const uint32le = (value: number): number[] => [...uint16le(value), ...uint16le(value >>> 16)];

/** A PNG chunk: length, type, body, CRC of type and body. */
export function pngChunk(type: string, body: readonly number[]): number[] {
  const typed = [...ascii(type), ...body];
  return [...uint32be(body.length), ...typed, ...uint32be(crc32(Uint8Array.from(typed)))];
}

export const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** A 1-bit grayscale PNG's signature and IHDR; `rest` follows (IDAT and IEND for a whole file). */
export function pngHeader(width: number, height: number, rest: readonly number[] = []): Uint8Array {
  const ihdr = [...uint32be(width), ...uint32be(height), 1, 0, 0, 0, 0];
  return Uint8Array.from([...pngSignature, ...pngChunk('IHDR', ihdr), ...rest]);
}

/** A baseline JPEG's markers up to its frame header (SOF0, 3 components); `before` are segments ahead of it. */
export function jpegHeader(width: number, height: number, before: readonly number[] = []): Uint8Array {
  const app0 = [0xff, 0xe0, ...uint16be(16), ...ascii('JFIF\0'), 1, 1, 0, 0, 1, 0, 1, 0, 0];
  const sof0 = [0xff, 0xc0, ...uint16be(17), 8, ...uint16be(height), ...uint16be(width)];
  const components = [1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1];
  return Uint8Array.from([0xff, 0xd8, ...app0, ...before, ...sof0, ...components]);
}

/** A JPEG segment of `length` bytes in all (marker, length field, zeros). */
export function jpegSegment(marker: number, length: number): number[] {
  if (length < 4 || length > 65_537)
    throw new RangeError(`a JPEG segment has 4 to 65537 bytes, not ${length}`);
  return [0xff, marker, ...uint16be(length - 2), ...new Array<number>(length - 4).fill(0)];
}

/**
 * A whole GIF89a of one black frame: a 2-colour global table, a graphic control extension, the image
 * descriptor and its LZW data (minimum code size 2: clear, then one pixel, then end; GIF89a appendix F).
 */
export function gifFile(
  screen: { width: number; height: number },
  frame: { left: number; top: number; width: number; height: number } = { left: 0, top: 0, ...screen },
): Uint8Array {
  return Uint8Array.from([
    ...ascii('GIF89a'),
    ...uint16le(screen.width),
    ...uint16le(screen.height),
    0x80,
    0,
    0,
    ...[0, 0, 0, 255, 255, 255],
    ...[0x21, 0xf9, 4, 0, 0, 0, 0, 0],
    0x2c,
    ...uint16le(frame.left),
    ...uint16le(frame.top),
    ...uint16le(frame.width),
    ...uint16le(frame.height),
    0,
    ...[2, 2, 0x44, 0x01, 0],
    0x3b,
  ]);
}

/** A whole 24-bit BMP with a BITMAPINFOHEADER; a negative height stores the rows top-down. */
export function bmpFile(width: number, height: number): Uint8Array {
  const rowBytes = Math.ceil((width * 3) / 4) * 4;
  const pixels = rowBytes * Math.abs(height);
  const info = [...uint32le(40), ...uint32le(width), ...uint32le(height), 1, 0, 24, 0];
  const rest = [...uint32le(0), ...uint32le(pixels), ...new Array<number>(16).fill(0)];
  return Uint8Array.from([
    ...ascii('BM'),
    ...uint32le(54 + pixels),
    ...[0, 0, 0, 0],
    ...uint32le(54),
    ...info,
    ...rest,
    ...new Array<number>(pixels).fill(128),
  ]);
}

/** A RIFF WebP's first 20 bytes and `chunk` (its type, then its data from byte 20). */
export function webpHeader(chunk: string, data: readonly number[]): Uint8Array {
  return Uint8Array.from([
    ...ascii('RIFF'),
    ...uint32le(12 + data.length),
    ...ascii('WEBP'),
    ...ascii(chunk),
    ...uint32le(data.length),
    ...data,
  ]);
}

/** VP8L's signature and 14-bit width - 1 and height - 1 (no alpha, version 0). */
export function vp8lData(width: number, height: number): number[] {
  const bits = ((width - 1) | ((height - 1) << 14)) >>> 0;
  return [0x2f, ...uint32le(bits)];
}

/** VP8X's flags and 24-bit canvas width - 1 and height - 1. */
export function vp8xData(width: number, height: number): number[] {
  const side = (value: number) => uint32le(value - 1).slice(0, 3);
  return [0, 0, 0, 0, ...side(width), ...side(height)];
}

/** A VP8 key frame's tag, start code and 14-bit sizes. */
export function vp8Data(width: number, height: number): number[] {
  return [0x10, 0x02, 0x00, 0x9d, 0x01, 0x2a, ...uint16le(width), ...uint16le(height)];
}
