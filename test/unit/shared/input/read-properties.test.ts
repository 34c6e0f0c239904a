import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  printMatrix,
  printNumber,
  printShape,
  readInteger,
  readMatrix,
  readNumber,
  readReasonCodes,
  readShape,
  wordReadReason,
  type Reading,
} from '../../../../src/shared/input/index.ts';

/** What the reader should give back for a printed double: the same number, with -0 read as 0. */
function expected(value: number): number {
  return value === 0 ? 0 : value;
}

function valueOf<Value>(reading: Reading<Value>): Value {
  if (!reading.ok) throw new Error(`refused: ${JSON.stringify(reading.reason)}`);
  return reading.value;
}

/** The text as a Chinese input method types it: ASCII forms in the full-width block. */
function fullWidth(text: string): string {
  return text.replace(/[!-~]/g, (character) => String.fromCharCode(character.charCodeAt(0) + 0xfee0));
}

const finite = fc.double({ noNaN: true, noDefaultInfinity: true });

describe('printing a value and reading it back gives the value', () => {
  it('numbers, with and without thousands separators, and full-width', () => {
    fc.assert(
      fc.property(finite, (value) => {
        expect(valueOf(readNumber(printNumber(value)))).toBe(expected(value));
        expect(valueOf(readNumber(printNumber(value, false)))).toBe(expected(value));
        expect(valueOf(readNumber(fullWidth(printNumber(value))))).toBe(expected(value));
      }),
    );
  });

  it('what "read as" shows reads back as the same value', () => {
    fc.assert(
      fc.property(finite, (value) => {
        const reading = readNumber(printNumber(value, false));
        if (!reading.ok) throw new Error('refused');
        expect(valueOf(readNumber(reading.text))).toBe(reading.value);
      }),
    );
  });

  it('integers up to 2^53, grouped or spaced', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (value) => {
        expect(valueOf(readInteger(printNumber(value)))).toBe(expected(value));
        expect(valueOf(readInteger(printNumber(value).replaceAll(',', ' ')))).toBe(expected(value));
      }),
    );
  });

  it('suffixes, percent and scientific notation are exact: the decimal the text means, rounded once', () => {
    const suffixes: [string, number][] = [
      ['K', 3],
      ['M', 6],
      ['G', 9],
      ['万', 4],
      ['亿', 8],
      ['%', -2],
    ];
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 17n }),
        fc.integer({ min: 0, max: 8 }),
        fc.constantFrom(...suffixes),
        fc.integer({ min: -30, max: 30 }),
        (digits, decimals, [suffix, power], exponent) => {
          const padded = digits.toString().padStart(decimals + 1, '0');
          const mantissa = decimals ? `${padded.slice(0, -decimals)}.${padded.slice(-decimals)}` : padded;
          const exact = Number(`${padded}e${power - decimals}`);
          expect(valueOf(readNumber(`${mantissa}${suffix}`))).toBe(exact);
          expect(valueOf(readNumber(`${mantissa} ${suffix}`))).toBe(exact);
          const scientific = Number(`${padded}e${exponent - decimals}`);
          expect(valueOf(readNumber(`${mantissa}e${exponent}`))).toBe(scientific);
          expect(valueOf(readNumber(`${mantissa}×10^${exponent}`))).toBe(scientific);
        },
      ),
    );
  });

  it('shapes, in any of the separators and brackets people write', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 1, maxLength: 6 }),
        fc.constantFrom('x', '×', '*', ' x ', ', ', ' ', 'X'),
        fc.constantFrom(['', ''], ['(', ')'], ['[', ']'], ['（', '）']),
        (dimensions, separator, [open, close]) => {
          expect(valueOf(readShape(printShape(dimensions)))).toEqual(dimensions);
          const written = `${open}${dimensions.join(separator)}${close}`;
          expect(valueOf(readShape(written))).toEqual(dimensions);
        },
      ),
    );
  });

  it('matrices, as JSON and as lines of numbers', () => {
    const matrix = fc
      .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }))
      .chain(([rows, columns]) =>
        fc.array(fc.array(finite, { minLength: columns, maxLength: columns }), {
          minLength: rows,
          maxLength: rows,
        }),
      );
    fc.assert(
      fc.property(
        matrix,
        fc.constantFrom(' ', ', ', '\t'),
        fc.constantFrom('\n', ';', '\r\n', ' ; '),
        (rows, cellSeparator, rowSeparator) => {
          const values = rows.map((row) => row.map(expected));
          expect(valueOf(readMatrix(printMatrix(rows)))).toEqual(values);
          const lines = rows.map((row) => row.map((value) => printNumber(value, false)).join(cellSeparator));
          expect(valueOf(readMatrix(lines.join(rowSeparator)))).toEqual(values);
        },
      ),
    );
  });
});

describe('junk never throws: it gets a reason, worded in both languages', () => {
  const readers = [
    (text: string) => readNumber(text),
    (text: string) => readInteger(text, { min: 0, max: 100 }),
    (text: string) => readShape(text, { dimensions: { min: 2, max: 3 } }),
    (text: string) => readMatrix(text, { min: -10, max: 10 }),
  ];
  const nearMisses = fc.string({
    unit: fc.constantFrom(...'0123456789 ,.;:-+−eE×x*·⁷^%KkMmG万()[]（）［］，．\n\t１２ａ'.split('')),
    maxLength: 24,
  });
  const anything = fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), nearMisses);

  it('returns a value or a coded reason, never an exception', () => {
    fc.assert(
      fc.property(anything, (text) => {
        for (const read of readers) {
          const reading = read(text);
          if (reading.ok) continue;
          expect(readReasonCodes).toContain(reading.reason.code);
          const words = wordReadReason(reading.reason);
          for (const sentence of [words.zh, words.en]) {
            expect(sentence).not.toMatch(/\{\w+\}/);
            expect(sentence.trim()).not.toBe('');
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('points at a character that is in the text', () => {
    fc.assert(
      fc.property(anything, (text) => {
        for (const read of readers) {
          const reading = read(text);
          if (reading.ok || reading.reason.code !== 'unexpected-character') continue;
          const { at, character } = reading.reason;
          expect(text.slice(at.index, at.index + character.length)).toBe(character);
        }
      }),
    );
  });
});
