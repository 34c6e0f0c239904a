import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatValue,
  matrixToText,
  parseCell,
  parseGrid,
  parseInteger,
  parseMatrixText,
  resizeGrid,
} from '../../../src/renderer/features/convlab/grid-text.ts';

describe('parseCell', () => {
  it('reads decimals, signs, exponents, a typed minus, full-width digits and thousands separators', () => {
    expect(parseCell(' -1 ')).toEqual({ ok: true, value: -1 });
    expect(parseCell('0.5')).toEqual({ ok: true, value: 0.5 });
    expect(parseCell('.25')).toEqual({ ok: true, value: 0.25 });
    expect(parseCell('1e3')).toEqual({ ok: true, value: 1000 });
    expect(parseCell('\u22123')).toEqual({ ok: true, value: -3 });
    expect(parseCell('\uff11\uff12')).toEqual({ ok: true, value: 12 });
    expect(parseCell('-0')).toEqual({ ok: true, value: 0 });
    expect(parseCell('1,000')).toEqual({ ok: true, value: 1000 });
  });

  it('says what is wrong with empty, non-numeric, NaN, infinite and huge cells, and with a decimal comma', () => {
    expect(parseCell('   ')).toMatchObject({ ok: false, problem: { code: 'empty' } });
    for (const text of ['abc', 'NaN', 'Infinity', '1/2', '0x10', '--1']) {
      expect(parseCell(text)).toMatchObject({ ok: false, problem: { code: 'unexpected-character' } });
    }
    expect(parseCell('1,5')).toMatchObject({ ok: false, problem: { code: 'decimal-comma' } });
    expect(parseCell('1e400')).toMatchObject({ ok: false, problem: { code: 'overflow' } });
    expect(parseCell('1000001')).toMatchObject({
      ok: false,
      problem: { code: 'above-maximum', maximum: 1_000_000 },
    });
    expect(parseCell('-1000000')).toEqual({ ok: true, value: -1_000_000 });
  });

  it('reads back every number it prints', () => {
    fc.assert(
      fc.property(fc.double({ min: -1_000_000, max: 1_000_000, noNaN: true }), (value) => {
        const parsed = parseCell(formatValue(value));
        expect(parsed.ok && Math.abs(parsed.value - value)).toBeLessThanOrEqual(0.00005 + Number.EPSILON);
      }),
    );
  });
});

describe('parseInteger', () => {
  it('accepts whole numbers in range and names the problem otherwise', () => {
    expect(parseInteger('3', 0, 4)).toEqual({ ok: true, value: 3 });
    expect(parseInteger('', 0, 4)).toMatchObject({ ok: false, problem: { code: 'empty' } });
    expect(parseInteger('1.5', 0, 4)).toMatchObject({ ok: false, problem: { code: 'not-integer' } });
    expect(parseInteger('two', 0, 4)).toMatchObject({ ok: false, problem: { code: 'unexpected-character' } });
    expect(parseInteger('5', 0, 4)).toMatchObject({
      ok: false,
      problem: { code: 'above-maximum', maximum: 4 },
    });
    expect(parseInteger('-1', 0, 4)).toMatchObject({ ok: false, problem: { code: 'negative' } });
  });
});

describe('grids', () => {
  it('lists every bad cell with its place, and gives values only when all are good', () => {
    expect(
      parseGrid([
        ['1', 'x'],
        ['', '4'],
      ]),
    ).toMatchObject({
      values: null,
      issues: [
        { row: 0, column: 1, problem: { code: 'unexpected-character', character: 'x' } },
        { row: 1, column: 0, problem: { code: 'empty' } },
      ],
    });
    expect(
      parseGrid([
        ['1', '2'],
        ['3', '4'],
      ]),
    ).toEqual({
      values: [
        [1, 2],
        [3, 4],
      ],
      issues: [],
    });
  });

  it('resizes keeping what was typed and filling new cells with 0', () => {
    expect(
      resizeGrid(
        [
          ['1', '2'],
          ['3', '4'],
        ],
        3,
        1,
      ),
    ).toEqual([['1'], ['3'], ['0']]);
  });
});

describe('parseMatrixText', () => {
  it('reads lines, semicolons, commas and bracketed arrays', () => {
    expect(parseMatrixText('1 2\n3 4')).toEqual({
      ok: true,
      value: [
        [1, 2],
        [3, 4],
      ],
    });
    expect(parseMatrixText('[[1, 2], [3, 4]]')).toEqual({
      ok: true,
      value: [
        [1, 2],
        [3, 4],
      ],
    });
    expect(parseMatrixText('1,2;3,4\n')).toEqual({
      ok: true,
      value: [
        [1, 2],
        [3, 4],
      ],
    });
  });

  it('names an empty text, a ragged row, a bad number and a weight over the limit', () => {
    expect(parseMatrixText(' \n ')).toMatchObject({ ok: false, problem: { code: 'empty' } });
    expect(parseMatrixText('1 2\n3')).toEqual({
      ok: false,
      problem: { code: 'ragged-row', row: 1, found: 1, expected: 2 },
    });
    expect(parseMatrixText('1 2\n3 NaN')).toMatchObject({
      ok: false,
      problem: { code: 'unexpected-character', character: 'N', at: { line: 2, column: 3 } },
    });
    expect(parseMatrixText('1 2\n3 2e6')).toMatchObject({
      ok: false,
      problem: { code: 'above-maximum', cell: { row: 1, column: 1 } },
    });
  });

  it('round-trips through matrixToText', () => {
    const rows = [
      [0, -1, 0.5],
      [2, 3, -4],
    ];
    expect(parseMatrixText(matrixToText(rows))).toEqual({ ok: true, value: rows });
  });
});

describe('formatValue', () => {
  it('prints integers whole, others to 4 decimals, and never -0', () => {
    expect(formatValue(160)).toBe('160');
    expect(formatValue(1 / 3)).toBe('0.3333');
    expect(formatValue(-0)).toBe('0');
    expect(formatValue(-0.00001)).toBe('0');
  });
});
