import { deckError, deckFileLimit, type DeckIssue } from './deck-issue.ts';

export type DecodedText = { ok: true; text: string } | { ok: false; error: DeckIssue };

/**
 * A deck file's bytes as text. Deck files are UTF-8 (a UTF-8 byte-order mark is dropped). Refused, with where:
 * a file over the size limit, an empty one, a UTF-16 file (its byte-order mark), a NUL byte (a binary file),
 * and any byte sequence UTF-8 forbids (GBK or Latin-1 bytes, overlong forms, surrogates). Written out because
 * src/shared has no TextDecoder, and so the error can name the line and column of the first bad byte.
 */
export function decodeDeckBytes(bytes: Uint8Array): DecodedText {
  if (bytes.length > deckFileLimit) {
    return {
      ok: false,
      error: deckError('FILE_TOO_LARGE', null, { bytes: bytes.length, limit: deckFileLimit }),
    };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16('UTF-16LE');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16('UTF-16BE');
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const codes: number[] = [];
  let text = '';
  let line = 1;
  let column = 1;
  for (let index = start; index < bytes.length;) {
    const byte = bytes[index]!;
    if (byte === 0) return { ok: false, error: deckError('FILE_BINARY', line, {}, column) };
    const length = sequenceLength(bytes, index);
    if (length === 0) return { ok: false, error: deckError('FILE_NOT_UTF8', line, {}, column) };
    const codePoint = decodeSequence(bytes, index, length);
    codes.push(codePoint);
    if (codes.length === 4096) {
      text += String.fromCodePoint(...codes);
      codes.length = 0;
    }
    if (codePoint === 0x0a) {
      line++;
      column = 1;
    } else column++;
    index += length;
  }
  text += String.fromCodePoint(...codes);
  if (text.trim() === '') return { ok: false, error: deckError('FILE_EMPTY', null) };
  return { ok: true, text };
}

function utf16(encoding: string): DecodedText {
  return { ok: false, error: deckError('FILE_UTF16', 1, { encoding }, 1) };
}

/**
 * The length of the well-formed UTF-8 sequence at `index`, or 0 when there is none (Unicode table 3-7: the
 * second byte's range depends on the first, which rules out overlong forms, surrogates and code points above
 * U+10FFFF).
 */
function sequenceLength(bytes: Uint8Array, index: number): number {
  const first = bytes[index]!;
  if (first < 0x80) return 1;
  const [length, low, high] =
    first >= 0xc2 && first <= 0xdf
      ? [2, 0x80, 0xbf]
      : first === 0xe0
        ? [3, 0xa0, 0xbf]
        : first === 0xed
          ? [3, 0x80, 0x9f]
          : first >= 0xe1 && first <= 0xef
            ? [3, 0x80, 0xbf]
            : first === 0xf0
              ? [4, 0x90, 0xbf]
              : first === 0xf4
                ? [4, 0x80, 0x8f]
                : first >= 0xf1 && first <= 0xf3
                  ? [4, 0x80, 0xbf]
                  : [0, 0, 0];
  if (length === 0) return 0;
  const second = bytes[index + 1];
  if (second === undefined || second < low || second > high) return 0;
  for (let offset = 2; offset < length; offset++) {
    const next = bytes[index + offset];
    if (next === undefined || next < 0x80 || next > 0xbf) return 0;
  }
  return length;
}

function decodeSequence(bytes: Uint8Array, index: number, length: number): number {
  if (length === 1) return bytes[index]!;
  let codePoint = bytes[index]! & (0xff >> (length + 1));
  for (let offset = 1; offset < length; offset++)
    codePoint = (codePoint << 6) | (bytes[index + offset]! & 0x3f);
  return codePoint;
}
