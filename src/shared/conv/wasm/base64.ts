const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Standard base64 (RFC 4648) to bytes; src/shared has neither atob nor Buffer. */
export function decodeBase64(text: string): Uint8Array {
  const values = new Uint8Array(128);
  for (let index = 0; index < alphabet.length; index++) values[alphabet.charCodeAt(index)] = index;
  const clean = text.replace(/=+$/, '');
  const bytes = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let at = 0;
  for (let index = 0; index < clean.length; index += 4) {
    const chunk =
      (values[clean.charCodeAt(index)]! << 18) |
      (values[clean.charCodeAt(index + 1)]! << 12) |
      ((values[clean.charCodeAt(index + 2)] ?? 0) << 6) |
      (values[clean.charCodeAt(index + 3)] ?? 0);
    bytes[at++] = chunk >> 16;
    if (at < bytes.length) bytes[at++] = (chunk >> 8) & 0xff;
    if (at < bytes.length) bytes[at++] = chunk & 0xff;
  }
  return bytes;
}
