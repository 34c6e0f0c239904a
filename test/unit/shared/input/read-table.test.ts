import { describe, expect, it } from 'vitest';
import {
  readInteger,
  readMatrix,
  readNumber,
  readShape,
  type ReadNoteCode,
  type ReadReason,
  type Reading,
} from '../../../../src/shared/input/index.ts';

type Reader = (text: string) => Reading<unknown>;

const number: Reader = (text) => readNumber(text);
const integer: Reader = (text) => readInteger(text, { min: 0 });
const shape: Reader = (text) => readShape(text);
const pair: Reader = (text) => readShape(text, { dimensions: { min: 1, max: 2 }, max: 65_536 });
const matrix: Reader = (text) => readMatrix(text);
const cell: Reader = (text) => readMatrix(text, { min: -1_000_000, max: 1_000_000 });
const plain: Reader = (text) => readInteger(text, { forms: { sign: false, thousands: false } });

/** What a text reads as: its value, the text "read as" shows and the notes; or (part of) its reason. */
type Expectation =
  | { value: unknown; text: string; notes?: ReadNoteCode[] }
  | { reason: Partial<ReadReason> & { code: ReadReason['code'] } };

const table: [Reader, string, Expectation][] = [
  // Plain numbers.
  [number, '12', { value: 12, text: '12' }],
  [number, ' -0.5 ', { value: -0.5, text: '-0.5' }],
  [number, '.25', { value: 0.25, text: '0.25' }],
  [number, '1.', { value: 1, text: '1' }],
  [number, '+3', { value: 3, text: '3' }],
  [number, '-0', { value: 0, text: '0' }],
  [number, '007', { value: 7, text: '7' }],
  [number, '0.1', { value: 0.1, text: '0.1' }],
  [number, '1234567.125', { value: 1_234_567.125, text: '1,234,567.125' }],
  // Full-width forms and minus signs from input methods.
  [
    number,
    '１２，３４５．６',
    { value: 12_345.6, text: '12,345.6', notes: ['full-width', 'thousands-separators'] },
  ],
  [number, '－３', { value: -3, text: '-3', notes: ['full-width'] }],
  [number, '\u22123', { value: -3, text: '-3', notes: ['minus-sign'] }],
  [number, '\u30001\u3000', { value: 1, text: '1' }],
  // Thousands separators.
  [number, '60,965,224', { value: 60_965_224, text: '60,965,224', notes: ['thousands-separators'] }],
  [number, '60 965 224', { value: 60_965_224, text: '60,965,224', notes: ['thousands-separators'] }],
  [
    number,
    '60\u202f965\u202f224',
    { value: 60_965_224, text: '60,965,224', notes: ['thousands-separators'] },
  ],
  [number, '1,234.5', { value: 1234.5, text: '1,234.5', notes: ['thousands-separators'] }],
  [number, '1,5', { reason: { code: 'decimal-comma', at: { index: 1, line: 1, column: 2 } } }],
  [number, '3,14159', { reason: { code: 'decimal-comma' } }],
  [number, '1,23,456', { reason: { code: 'separator-group', character: ',' } }],
  [number, '1234,567', { reason: { code: 'separator-group' } }],
  [number, '1,234 567', { reason: { code: 'separator-group', character: ' ' } }],
  [number, '1 2', { reason: { code: 'separator-group', character: ' ' } }],
  // Scientific notation.
  [number, '2.5e7', { value: 25_000_000, text: '25,000,000', notes: ['scientific'] }],
  [number, '1E-3', { value: 0.001, text: '0.001', notes: ['scientific'] }],
  [number, '2.5×10^7', { value: 25_000_000, text: '25,000,000', notes: ['scientific'] }],
  [number, '2.5 x 10^-3', { value: 0.0025, text: '0.0025', notes: ['scientific'] }],
  [number, '2.5*10**7', { value: 25_000_000, text: '25,000,000', notes: ['scientific'] }],
  [number, '2.5·10⁷', { value: 25_000_000, text: '25,000,000', notes: ['scientific'] }],
  [number, '4⋅10⁻²', { value: 0.04, text: '0.04', notes: ['scientific'] }],
  [number, '1e21', { value: 1e21, text: '1e+21', notes: ['scientific'] }],
  [number, '1e', { reason: { code: 'unexpected-end', expected: 'digit' } }],
  [number, '2.5×10^', { reason: { code: 'unexpected-end', expected: 'digit' } }],
  [number, '2.5×10', { reason: { code: 'unexpected-character', character: '×', expected: 'end' } }],
  [number, '1e400', { reason: { code: 'overflow' } }],
  // Suffixes and percent: exact, with no float multiplication.
  [number, '25.7M', { value: 25_700_000, text: '25,700,000', notes: ['suffix'] }],
  [number, '25.7 M', { value: 25_700_000, text: '25,700,000', notes: ['suffix'] }],
  [number, '854.2 M', { value: 854_200_000, text: '854,200,000', notes: ['suffix'] }],
  [number, '4.089G', { value: 4_089_000_000, text: '4,089,000,000', notes: ['suffix'] }],
  [number, '12.5k', { value: 12_500, text: '12,500', notes: ['suffix'] }],
  [number, '1200万', { value: 12_000_000, text: '12,000,000', notes: ['suffix'] }],
  [number, '１．５亿', { value: 150_000_000, text: '150,000,000', notes: ['full-width', 'suffix'] }],
  [number, '77.5%', { value: 0.775, text: '0.775', notes: ['percent'] }],
  [number, '77.54 ％', { value: 0.7754, text: '0.7754', notes: ['full-width', 'percent'] }],
  [number, '5m', { reason: { code: 'ambiguous-suffix', character: 'm' } }],
  [number, '3MB', { reason: { code: 'unexpected-character', character: 'B', expected: 'end' } }],
  [number, '5K%', { reason: { code: 'unexpected-character', character: '%', expected: 'end' } }],
  // Junk.
  [number, '', { reason: { code: 'empty', expected: 'number' } }],
  [number, ' \n ', { reason: { code: 'empty', expected: 'number' } }],
  [number, 'abc', { reason: { code: 'unexpected-character', character: 'a', expected: 'number' } }],
  [number, 'NaN', { reason: { code: 'unexpected-character', character: 'N', expected: 'number' } }],
  [number, 'Infinity', { reason: { code: 'unexpected-character', character: 'I' } }],
  [number, '0x10', { reason: { code: 'unexpected-character', character: 'x', expected: 'end' } }],
  [number, '--1', { reason: { code: 'unexpected-character', character: '-', expected: 'digit' } }],
  [number, '-', { reason: { code: 'unexpected-end', expected: 'digit' } }],
  [number, '.', { reason: { code: 'unexpected-end', expected: 'digit' } }],
  [
    number,
    '1/2',
    { reason: { code: 'unexpected-character', character: '/', at: { index: 1, line: 1, column: 2 } } },
  ],
  [number, '😀1', { reason: { code: 'unexpected-character', character: '😀', expected: 'number' } }],
  // Integers with a range.
  [integer, '25.7M', { value: 25_700_000, text: '25,700,000', notes: ['suffix'] }],
  [integer, '2.5e3', { value: 2500, text: '2,500', notes: ['scientific'] }],
  [integer, '2.5', { reason: { code: 'not-integer', value: 2.5 } }],
  [integer, '-3', { reason: { code: 'negative', value: -3 } }],
  [integer, '1e20', { reason: { code: 'inexact-integer' } }],
  [integer, '', { reason: { code: 'empty', expected: 'integer' } }],
  [plain, '-1', { reason: { code: 'form-refused', form: 'sign' } }],
  [plain, '1,024', { reason: { code: 'unexpected-character', character: ',', expected: 'end' } }],
  // Shapes.
  [shape, '32x32x10', { value: [32, 32, 10], text: '32×32×10' }],
  [shape, '32×32×10', { value: [32, 32, 10], text: '32×32×10' }],
  [shape, '32*32*10', { value: [32, 32, 10], text: '32×32×10' }],
  [shape, '32 x 32 x 10', { value: [32, 32, 10], text: '32×32×10' }],
  [shape, '32X32', { value: [32, 32], text: '32×32' }],
  [shape, '(32, 32, 10)', { value: [32, 32, 10], text: '32×32×10' }],
  [shape, '[32,32,10]', { value: [32, 32, 10], text: '32×32×10' }],
  [shape, '（32，32，10）', { value: [32, 32, 10], text: '32×32×10', notes: ['full-width'] }],
  [shape, '３２＊３２', { value: [32, 32], text: '32×32', notes: ['full-width'] }],
  [shape, '(3,)', { value: [3], text: '3' }],
  [shape, '3 224 224', { value: [3, 224, 224], text: '3×224×224' }],
  [shape, '32xx10', { reason: { code: 'unexpected-character', character: 'x', expected: 'integer' } }],
  [shape, '32x', { reason: { code: 'unexpected-end', expected: 'integer' } }],
  [shape, '(32,32', { reason: { code: 'unexpected-end', expected: 'closing-bracket' } }],
  [shape, '(32,32]', { reason: { code: 'unexpected-character', character: ']', expected: 'separator' } }],
  [shape, '32;32', { reason: { code: 'unexpected-character', character: ';', expected: 'separator' } }],
  [shape, '2.5x3', { reason: { code: 'not-integer', value: 2.5 } }],
  [shape, '3x0', { reason: { code: 'below-minimum', value: 0, minimum: 1 } }],
  [pair, '1x7', { value: [1, 7], text: '1×7' }],
  [pair, '3x-1', { reason: { code: 'negative', value: -1, at: { index: 2, line: 1, column: 3 } } }],
  [pair, '1x2x3', { reason: { code: 'dimension-count', found: 3, minimum: 1, maximum: 2 } }],
  [pair, '70000', { reason: { code: 'above-maximum', value: 70_000, maximum: 65_536 } }],
  // Matrices.
  [
    matrix,
    '1 2\n3 4',
    {
      value: [
        [1, 2],
        [3, 4],
      ],
      text: '[[1, 2], [3, 4]]',
    },
  ],
  [
    matrix,
    '1,2;3,4\n',
    {
      value: [
        [1, 2],
        [3, 4],
      ],
      text: '[[1, 2], [3, 4]]',
    },
  ],
  [
    matrix,
    '1, 2\r\n\r\n3, 4',
    {
      value: [
        [1, 2],
        [3, 4],
      ],
      text: '[[1, 2], [3, 4]]',
    },
  ],
  [
    matrix,
    '[[1, 2], [3, 4]]',
    {
      value: [
        [1, 2],
        [3, 4],
      ],
      text: '[[1, 2], [3, 4]]',
    },
  ],
  [
    matrix,
    '[[1 2]\n [3 4]]',
    {
      value: [
        [1, 2],
        [3, 4],
      ],
      text: '[[1, 2], [3, 4]]',
    },
  ],
  [
    matrix,
    '[1 2; 3 4]',
    {
      value: [
        [1, 2],
        [3, 4],
      ],
      text: '[[1, 2], [3, 4]]',
    },
  ],
  [matrix, '[1, 2, 3]', { value: [[1, 2, 3]], text: '[[1, 2, 3]]' }],
  [
    matrix,
    '［［１，−２］，［３，４］］',
    {
      value: [
        [1, -2],
        [3, 4],
      ],
      text: '[[1, -2], [3, 4]]',
      notes: ['full-width', 'minus-sign'],
    },
  ],
  [matrix, '0.5 -1e-3', { value: [[0.5, -0.001]], text: '[[0.5, -0.001]]', notes: ['scientific'] }],
  [matrix, '', { reason: { code: 'empty', expected: 'matrix' } }],
  [matrix, '[]', { reason: { code: 'empty', expected: 'matrix' } }],
  [matrix, '1 2\n3', { reason: { code: 'ragged-row', row: 1, found: 1, expected: 2 } }],
  [
    matrix,
    '1 2\n3 NaN',
    { reason: { code: 'unexpected-character', character: 'N', at: { index: 6, line: 2, column: 3 } } },
  ],
  [matrix, '1,,2', { reason: { code: 'unexpected-character', character: ',', expected: 'number' } }],
  [matrix, '[[1,2],[3,4]', { reason: { code: 'unexpected-end', expected: 'closing-bracket' } }],
  [matrix, '[[1,2]] 3', { reason: { code: 'unexpected-character', character: '3', expected: 'end' } }],
  [matrix, '1 2]', { reason: { code: 'unexpected-character', character: ']', expected: 'separator' } }],
  [matrix, '1 5K', { reason: { code: 'form-refused', form: 'suffix' } }],
  [
    cell,
    '1 2\n3 2000000',
    { reason: { code: 'above-maximum', cell: { row: 1, column: 1 }, maximum: 1_000_000 } },
  ],
];

describe('the one reader, input by input', () => {
  it('has at least 60 rows', () => expect(table.length).toBeGreaterThanOrEqual(60));

  for (const [reader, text, expectation] of table) {
    const name = [number, integer, shape, pair, matrix, cell, plain].indexOf(reader);
    const label = ['number', 'integer', 'shape', 'pair', 'matrix', 'cell', 'plain'][name];
    it(`${label} ${JSON.stringify(text)} → ${'reason' in expectation ? expectation.reason.code : (expectation as { text: string }).text}`, () => {
      const reading = reader(text);
      if ('reason' in expectation) {
        expect(reading.ok).toBe(false);
        expect(reading.ok ? null : reading.reason).toMatchObject(expectation.reason);
      } else {
        expect(reading).toEqual({
          ok: true,
          value: expectation.value,
          text: expectation.text,
          notes: (expectation.notes ?? []).map((code) =>
            code === 'suffix' ? expect.objectContaining({ code }) : { code },
          ),
        });
      }
    });
  }

  it('records which suffix it read and its power of ten', () => {
    expect(readNumber('25.7M')).toMatchObject({ notes: [{ code: 'suffix', suffix: 'M', power: 6 }] });
    expect(readNumber('12.5k')).toMatchObject({ notes: [{ code: 'suffix', suffix: 'K', power: 3 }] });
    expect(readNumber('3万')).toMatchObject({ notes: [{ code: 'suffix', suffix: '万', power: 4 }] });
  });

  it('refuses forms a caller switches off, pointing at them', () => {
    expect(readNumber('50%', { forms: { percent: false } })).toMatchObject({
      ok: false,
      reason: { code: 'form-refused', form: 'percent', at: { index: 2 } },
    });
    expect(readNumber('5 K', { forms: { suffix: false } })).toMatchObject({
      ok: false,
      reason: { code: 'form-refused', form: 'suffix', at: { index: 2 } },
    });
  });

  it('checks ranges in the order a student needs: negative, whole, then the bounds', () => {
    const probability = { min: 0, below: 1 };
    expect(readNumber('0.25', probability)).toMatchObject({ ok: true, value: 0.25 });
    expect(readNumber('1', probability)).toMatchObject({ reason: { code: 'not-below-maximum', maximum: 1 } });
    expect(readNumber('-2.5', probability)).toMatchObject({ reason: { code: 'negative' } });
    expect(readInteger('-2.5', { min: 1 })).toMatchObject({ reason: { code: 'negative' } });
    expect(readInteger('0', { min: 1 })).toMatchObject({ reason: { code: 'below-minimum', minimum: 1 } });
    expect(readNumber('-5', { min: -4 })).toMatchObject({ reason: { code: 'below-minimum', minimum: -4 } });
  });
});
