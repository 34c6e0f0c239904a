/**
 * A Windows .ico that holds PNG images (the form Windows Vista and later read), one per size. Layout (Microsoft,
 * "Icons", ICONDIR and ICONDIRENTRY): a 6-byte header (0, type 1 = icon, count), then a 16-byte entry per image
 * (width and height, 0 meaning 256; colour count 0; reserved 0; planes 1; 32 bits per pixel; byte length;
 * offset), then the images.
 */
export interface IcoImage {
  /** Width and height in pixels, 1 to 256. */
  size: number;
  png: Uint8Array;
}

export function encodeIco(images: readonly IcoImage[]): Buffer {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, index) => {
    if (!Number.isInteger(size) || size < 1 || size > 256) {
      throw new RangeError(`images[${index}].size: an icon is 1 to 256 pixels wide, not ${size}`);
    }
    const entry = 6 + 16 * index;
    header.writeUInt8(size % 256, entry);
    header.writeUInt8(size % 256, entry + 1);
    header.writeUInt16LE(1, entry + 4);
    header.writeUInt16LE(32, entry + 6);
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map(({ png }) => png)]);
}
