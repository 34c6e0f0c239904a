import { crc32 } from './crc32.ts';

/**
 * An image's format and size, read from the first bytes of its file before anything decodes it. A decoder
 * allocates width x height x 4 bytes from the header's word alone: a 166 KB PNG that says 12000 x 12000 costs
 * 576 MB, so the lab checks the size here first.
 *
 * Sources: PNG (W3C PNG 3rd edition, 5.2 signature, 5.3 chunks, 11.2.1 IHDR); JPEG (ITU-T T.81, B.1.1 markers,
 * B.2.2 frame header); GIF (GIF89a, 18 logical screen, 20 image descriptor, 23-26 extensions); WebP (Google's
 * RIFF container spec: VP8X, and VP8L's 14-bit sizes; RFC 6386 9.1, the VP8 key frame's start code and sizes);
 * BMP (Microsoft's BITMAPCOREHEADER and BITMAPINFOHEADER, whose negative height means top-down rows).
 */

export const imageFormats = ['png', 'jpeg', 'gif', 'webp', 'bmp'] as const;
export type ImageFormat = (typeof imageFormats)[number];

export interface ImageHeader {
  format: ImageFormat;
  width: number;
  height: number;
}

export type ImageHeaderProblem =
  | { code: 'empty' }
  /** Not the signature of any format read here. */
  | { code: 'unknown-format' }
  /** The bytes end inside the header after `length` bytes; reading on needs the first `needed` bytes. */
  | { code: 'truncated'; format: ImageFormat; length: number; needed: number }
  /** A field that cannot be what it says (a zero size, a wrong chunk, a bad checksum), at byte `offset`. */
  | { code: 'damaged'; format: ImageFormat; offset: number };

export type ImageHeaderResult =
  { ok: true; header: ImageHeader } | { ok: false; problem: ImageHeaderProblem };

/** How a format parser stops early: the problem, carried to `readImageHeader`, which returns it. */
class HeaderStop {
  constructor(readonly problem: ImageHeaderProblem) {}
}

/** Little reads over the file's first bytes, each stopping with "truncated" when it runs past them. */
class HeaderBytes {
  constructor(
    private readonly bytes: Uint8Array,
    readonly format: ImageFormat,
  ) {}

  need(end: number): void {
    if (end > this.bytes.length) {
      const { format } = this;
      throw new HeaderStop({ code: 'truncated', format, length: this.bytes.length, needed: end });
    }
  }

  damaged(offset: number): never {
    throw new HeaderStop({ code: 'damaged', format: this.format, offset });
  }

  /** `value` when it is at least 1: a picture with no rows or no columns has nothing to decode. */
  positive(value: number, offset: number): number {
    return value >= 1 ? value : this.damaged(offset);
  }

  byte(at: number): number {
    this.need(at + 1);
    return this.bytes[at]!;
  }

  view(at: number, length: number): DataView {
    this.need(at + length);
    return new DataView(this.bytes.buffer, this.bytes.byteOffset + at, length);
  }

  ascii(at: number, length: number): string {
    this.need(at + length);
    return String.fromCharCode(...this.bytes.subarray(at, at + length));
  }

  crc(at: number, length: number): number {
    this.need(at + length);
    return crc32(this.bytes.subarray(at, at + length));
  }

  uint16(at: number, littleEndian: boolean): number {
    return this.view(at, 2).getUint16(0, littleEndian);
  }

  uint32(at: number, littleEndian: boolean): number {
    return this.view(at, 4).getUint32(0, littleEndian);
  }
}

/** The largest PNG width or height, 2^31 - 1 (PNG 11.2.1). */
const pngSideLimit = 0x7fffffff;

function readPng(bytes: HeaderBytes): ImageHeader {
  // The signature, then IHDR first: its length (13), type, 13 bytes of data and a CRC of type and data.
  if (bytes.uint32(8, false) !== 13 || bytes.ascii(12, 4) !== 'IHDR') bytes.damaged(8);
  if (bytes.crc(12, 17) !== bytes.uint32(29, false)) bytes.damaged(29);
  const width = bytes.positive(bytes.uint32(16, false), 16);
  const height = bytes.positive(bytes.uint32(20, false), 20);
  if (width > pngSideLimit) bytes.damaged(16);
  if (height > pngSideLimit) bytes.damaged(20);
  return { format: 'png', width, height };
}

/** SOF0-SOF15 except DHT (C4), JPG (C8) and DAC (CC), which share the range (T.81 table B.1). */
function isFrameMarker(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

function readJpeg(bytes: HeaderBytes): ImageHeader {
  // Segments follow SOI: FF, the marker, then (except for the standalone markers) a 2-byte length that counts
  // itself. The size is in the first frame header (SOFn): precision, height, width.
  let at = 2;
  for (;;) {
    if (bytes.byte(at) !== 0xff) bytes.damaged(at);
    while (bytes.byte(at + 1) === 0xff) at++; // fill bytes before a marker (T.81 B.1.1.2)
    const marker = bytes.byte(at + 1);
    const segment = at + 2;
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at = segment; // TEM and RSTn stand alone
      continue;
    }
    // A byte-stuffed zero, a second SOI, the end or the scan data before any frame header.
    if (marker === 0x00 || marker === 0xd8 || marker === 0xd9 || marker === 0xda) bytes.damaged(at + 1);
    const length = bytes.uint16(segment, false);
    if (length < 2) bytes.damaged(segment);
    if (isFrameMarker(marker)) {
      if (length < 8) bytes.damaged(segment);
      // Height 0 means "defined later by a DNL marker", which browsers do not decode.
      const height = bytes.positive(bytes.uint16(segment + 3, false), segment + 3);
      const width = bytes.positive(bytes.uint16(segment + 5, false), segment + 5);
      return { format: 'jpeg', width, height };
    }
    at = segment + length;
  }
}

function readGif(bytes: HeaderBytes): ImageHeader {
  const screenWidth = bytes.uint16(6, true);
  const screenHeight = bytes.uint16(8, true);
  const flags = bytes.byte(10);
  // A global colour table of 3 x 2^(N + 1) bytes follows the 13-byte header when the top flag bit is set.
  let at = 13 + (flags & 0x80 ? 3 * 2 ** ((flags & 0x07) + 1) : 0);
  for (;;) {
    const block = bytes.byte(at);
    if (block === 0x2c) {
      // The first image: a decoder makes room for the frame where it lies, even past a smaller logical screen,
      // so a header that says 1 x 1 over a 30000 x 30000 frame is measured by the frame.
      const width = Math.max(screenWidth, bytes.uint16(at + 1, true) + bytes.uint16(at + 5, true));
      const height = Math.max(screenHeight, bytes.uint16(at + 3, true) + bytes.uint16(at + 7, true));
      return { format: 'gif', width: bytes.positive(width, 6), height: bytes.positive(height, 8) };
    }
    // Anything but an extension (introducer, label, sub-blocks up to a zero size) before the first image.
    if (block !== 0x21) bytes.damaged(at);
    at += 2;
    for (let size = bytes.byte(at); size !== 0; size = bytes.byte(at)) at += 1 + size;
    at++;
  }
}

function readWebp(bytes: HeaderBytes): ImageHeader {
  // RIFF, its size, WEBP, then the first chunk's type and size; the chunk's data starts at byte 20.
  const chunk = bytes.ascii(12, 4);
  if (chunk === 'VP8 ') {
    // A key frame's 3-byte tag, the start code 9D 01 2A, then 14-bit width and height (2 bits of scale above).
    if (bytes.byte(23) !== 0x9d || bytes.byte(24) !== 0x01 || bytes.byte(25) !== 0x2a) bytes.damaged(23);
    const width = bytes.positive(bytes.uint16(26, true) & 0x3fff, 26);
    const height = bytes.positive(bytes.uint16(28, true) & 0x3fff, 28);
    return { format: 'webp', width, height };
  }
  if (chunk === 'VP8L') {
    // The signature 2F, then width - 1 and height - 1 in 14 bits each, alpha in 1 and a version (0) in 3.
    if (bytes.byte(20) !== 0x2f) bytes.damaged(20);
    const bits = bytes.uint32(21, true);
    if (bits >>> 29 !== 0) bytes.damaged(24);
    return { format: 'webp', width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  if (chunk === 'VP8X') {
    // Four bytes of flags, then the canvas's width - 1 and height - 1 in 24 bits each.
    const width = (bytes.uint32(24, true) & 0xffffff) + 1;
    const height = (bytes.uint32(26, true) >>> 8) + 1;
    return { format: 'webp', width, height };
  }
  return bytes.damaged(12);
}

function readBmp(bytes: HeaderBytes): ImageHeader {
  // "BM", the file's size, 4 reserved bytes, the pixels' offset, then the DIB header, which starts with its size.
  const headerSize = bytes.uint32(14, true);
  if (headerSize === 12) {
    // BITMAPCOREHEADER (OS/2 1.x): unsigned 16-bit width and height.
    const width = bytes.positive(bytes.uint16(18, true), 18);
    const height = bytes.positive(bytes.uint16(20, true), 20);
    return { format: 'bmp', width, height };
  }
  // BITMAPINFOHEADER and its successors (40 to 124 bytes; OS/2 2.x from 16): signed 32-bit width and height.
  if (headerSize < 16 || headerSize > 124) bytes.damaged(14);
  const width = bytes.positive(bytes.view(18, 4).getInt32(0, true), 18);
  const height = bytes.positive(Math.abs(bytes.view(22, 4).getInt32(0, true)), 22);
  return { format: 'bmp', width, height };
}

/** Each format's signature (null: any byte) and reader. */
const formats: readonly {
  format: ImageFormat;
  signature: readonly (number | null)[];
  read: (bytes: HeaderBytes) => ImageHeader;
}[] = [
  { format: 'png', signature: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], read: readPng },
  { format: 'jpeg', signature: [0xff, 0xd8, 0xff], read: readJpeg },
  { format: 'gif', signature: [...'GIF87a'].map((letter) => letter.charCodeAt(0)), read: readGif },
  { format: 'gif', signature: [...'GIF89a'].map((letter) => letter.charCodeAt(0)), read: readGif },
  {
    format: 'webp',
    signature: [...'RIFF????WEBP'].map((letter) => (letter === '?' ? null : letter.charCodeAt(0))),
    read: readWebp,
  },
  { format: 'bmp', signature: [0x42, 0x4d], read: readBmp },
];

/**
 * The format and size of the image whose file starts with `bytes`, or what is wrong with them. Never throws:
 * bytes that end inside a header are "truncated" with how many are needed, so a caller can read on.
 */
export function readImageHeader(bytes: Uint8Array): ImageHeaderResult {
  if (bytes.length === 0) return { ok: false, problem: { code: 'empty' } };
  const known = formats.find(({ signature }) =>
    signature.every((expected, at) => at >= bytes.length || expected === null || bytes[at] === expected),
  );
  if (!known) return { ok: false, problem: { code: 'unknown-format' } };
  try {
    const reader = new HeaderBytes(bytes, known.format);
    reader.need(known.signature.length);
    return { ok: true, header: known.read(reader) };
  } catch (stop) {
    if (stop instanceof HeaderStop) return { ok: false, problem: stop.problem };
    throw stop;
  }
}

/** The first read: PNG, GIF, WebP and BMP headers fit in 64 bytes; most JPEG frame headers in 64 KB. */
const firstReadLength = 65_536;

/**
 * `readImageHeader` over a file of `size` bytes, read from its start as far as the header goes: a JPEG's frame
 * header may follow megabytes of metadata. `read(length)` gives the file's first `length` bytes. Each read at
 * least doubles the last, so no more than twice the header's length is read in all.
 */
export async function readImageHeaderFrom(
  size: number,
  read: (length: number) => Promise<Uint8Array>,
): Promise<ImageHeaderResult> {
  let length = Math.min(size, firstReadLength);
  for (;;) {
    const result = readImageHeader(await read(length));
    if (result.ok || result.problem.code !== 'truncated' || length >= size) return result;
    length = Math.min(size, Math.max(result.problem.needed, 2 * length));
  }
}
