import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeDeckBytes } from '../../../../../src/shared/deck/import/decode-text.ts';
import { deckFileLimit, deckItemLimit } from '../../../../../src/shared/deck/import/deck-issue.ts';
import { readDeckFile } from '../../../../../src/shared/deck/import/read-deck-file.ts';
import { errorsOf, place } from './read-deck.ts';

function errorsOfBytes(fileName: string, bytes: Uint8Array): string[] {
  const read = readDeckFile(fileName, bytes);
  if (read.ok) expect.fail(`${fileName} was accepted`);
  return read.errors.map(place);
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('hostile and broken deck files, each a clear error with its place', () => {
  it('a file over the size limit, refused from its length', () => {
    const read = readDeckFile('big.md', new Uint8Array(deckFileLimit + 1));
    expect(read).toEqual({
      ok: false,
      errors: [
        {
          code: 'FILE_TOO_LARGE',
          line: null,
          column: null,
          values: { bytes: deckFileLimit + 1, limit: deckFileLimit },
        },
      ],
    });
  });

  it('an empty file, or one with only blank lines', () => {
    expect(errorsOfBytes('empty.md', new Uint8Array())).toEqual(['FILE_EMPTY@-']);
    expect(errorsOfBytes('blank.csv', utf8('\n \r\n\t'))).toEqual(['FILE_EMPTY@-']);
  });

  it('a binary file: the NUL byte’s line and column', () => {
    expect(errorsOfBytes('image.md', utf8('Q: a\nA: b\u0000c'))).toEqual(['FILE_BINARY@2:5']);
  });

  it('a UTF-16 file, by its byte-order mark', () => {
    const read = readDeckFile('utf16.md', new Uint8Array([0xff, 0xfe, 0x51, 0x00, 0x3a, 0x00]));
    expect(read.ok ? [] : read.errors).toEqual([
      { code: 'FILE_UTF16', line: 1, column: 1, values: { encoding: 'UTF-16LE' } },
    ]);
    expect(errorsOfBytes('utf16.json', new Uint8Array([0xfe, 0xff, 0x00, 0x7b]))).toEqual(['FILE_UTF16@1:1']);
  });

  it('GBK bytes: the line and column of the first one', () => {
    // 「卷积」 in GBK is BE ED BB FD; the first byte starts no valid UTF-8 sequence.
    const bytes = new Uint8Array([...utf8('Q: ok\nA: 好 '), 0xbe, 0xed, 0xbb, 0xfd]);
    expect(errorsOfBytes('gbk.md', bytes)).toEqual(['FILE_NOT_UTF8@2:6']);
  });

  it('overlong forms and surrogates are not UTF-8 either', () => {
    for (const bad of [
      [0xc0, 0xaf],
      [0xed, 0xa0, 0x80],
      [0xf4, 0x90, 0x80, 0x80],
      [0xe4, 0xbd],
    ]) {
      expect(decodeDeckBytes(new Uint8Array([0x41, ...bad])), JSON.stringify(bad)).toMatchObject({
        ok: false,
        error: { code: 'FILE_NOT_UTF8', line: 1, column: 2 },
      });
    }
  });

  it('decodes any text exactly as TextDecoder does, dropping a UTF-8 byte-order mark', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1 }), fc.boolean(), (text, bom) => {
        fc.pre(!text.includes('\u0000') && text.trim() !== '');
        const bytes = utf8(text);
        const decoded = decodeDeckBytes(bom ? new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]) : bytes);
        expect(decoded).toEqual({ ok: true, text });
      }),
    );
  });

  it('a file whose extension no format owns', () => {
    expect(errorsOf('deck.txt', 'Q: a\nA: b')).toEqual(['FORMAT_UNKNOWN@-']);
    expect(errorsOf('README', 'Q: a\nA: b')).toEqual(['FORMAT_UNKNOWN@-']);
  });

  it('more items than a deck may hold', () => {
    const cards = Array.from({ length: deckItemLimit + 1 }, (_, index) => `Q: ${index}\nA: x`).join('\n\n');
    expect(errorsOf('many.md', cards)).toEqual(['DECK_TOO_MANY_ITEMS@-']);
  });

  it('script tags, handlers and javascript: links are text: read as written, never interpreted here', () => {
    const read = readDeckFile(
      'hostile.md',
      utf8('Q: <script>alert(1)</script>\nA: [x](javascript:alert(2))'),
    );
    expect(read.ok && read.deck.items[0]).toMatchObject({
      front: { zh: '<script>alert(1)</script>' },
      back: { zh: '[x](javascript:alert(2))' },
    });
  });
});
