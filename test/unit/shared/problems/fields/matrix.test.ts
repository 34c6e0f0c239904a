import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readMatrix } from '../../../../../src/shared/input/index.ts';
import { gridText, matrixCells, matrixKind } from '../../../../../src/shared/problems/fields/matrix.ts';
import type { FieldSpec } from '../../../../../src/shared/problems/problem.ts';

const field: FieldSpec = { id: 'b', label: { zh: '(b)', en: '(b)' }, kind: 'matrix', size: [2, 2] };
const expected = [
  [160, 200],
  [320, 360],
];

function read(text: string) {
  const reading = matrixKind.read(text, field);
  if (!reading.ok) throw new Error(`not read: ${JSON.stringify(reading.reason)}`);
  return reading;
}

describe('matrixKind', () => {
  it('reads every form of the shared reader and prints as the app prints matrices', () => {
    for (const text of [
      '160 200\n320 360',
      '[[160, 200], [320, 360]]',
      '160,200;320,360',
      '[160 200; 320 360]',
    ]) {
      const reading = read(text);
      expect(reading.value).toEqual(expected);
      expect(reading.text).toBe('[[160, 200], [320, 360]]');
      expect(matrixKind.matches(expected, reading.value, field)).toBe(true);
    }
    expect(matrixKind.print(expected, field)).toBe('[[160, 200], [320, 360]]');
  });

  it('says what it could not read, with the shared reader’s reason', () => {
    const reading = matrixKind.read('160 200\n320', field);
    expect(reading).toEqual({ ok: false, reason: { code: 'ragged-row', row: 1, found: 1, expected: 2 } });
    const character = matrixKind.read('160 2OO\n320 360', field);
    expect(character.ok || character.reason.code).toBe('unexpected-character');
  });

  it('grades a partial grid per cell: filled cells are judged, unfilled ones are not right', () => {
    const reading = read(
      gridText([
        ['160', ''],
        [' 320 ', '361'],
      ]),
    );
    expect(reading.text).toBe('[[160, _], [320, 361]]');
    expect(matrixKind.cells!(expected, reading.value, field)).toEqual([
      [true, false],
      [true, false],
    ]);
    expect(matrixKind.matches(expected, reading.value, field)).toBe(false);
    expect(read(reading.text).text).toBe(reading.text);
    const twoNumbers = matrixKind.read(
      gridText([
        ['160', '200'],
        ['32 0', '360'],
      ]),
      field,
    );
    expect(twoNumbers.ok || twoNumbers.reason).toEqual({ code: 'ragged-row', row: 1, found: 3, expected: 2 });
  });

  it('marks every cell wrong, and the whole wrong, when the size differs', () => {
    const bigger = read('160 200 0\n320 360 0');
    expect(matrixCells(expected, bigger.value, field)).toEqual([
      [false, false],
      [false, false],
    ]);
    expect(matrixKind.matches(expected, bigger.value, field)).toBe(false);
    expect(matrixKind.matches(bigger.value, bigger.value, field)).toBe(true);
  });

  it('is exact per cell, and refuses a field without a size or a value that is not a matrix', () => {
    expect(matrixKind.matches([[0.3]], [[0.1 + 0.2]], { ...field, size: [1, 1] })).toBe(false);
    const { size: _size, ...sizeless } = field;
    expect(() => matrixKind.read('1 2\n3 4', sizeless)).toThrow(/matrix field b: no size/);
    expect(() => matrixKind.print(42, field)).toThrow(/matrix field b: 42 is not a matrix/);
  });

  it('agrees with itself: a printed matrix reads back to the same cells, each one right', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: -500, max: 500 }), { minLength: 3, maxLength: 3 }), {
          minLength: 1,
          maxLength: 5,
        }),
        (rows) => {
          const reading = read(matrixKind.print(rows, field));
          expect(reading.value).toEqual(rows);
          expect(matrixCells(rows, reading.value, field).flat().every(Boolean)).toBe(true);
        },
      ),
    );
  });
});

describe('readMatrix with unfilled cells', () => {
  it('reads `_` as an unfilled cell only when asked', () => {
    const reading = readMatrix('_ 1\n2 _', { unfilled: true });
    expect(reading.ok && reading.value.flat().map(Number.isNaN)).toEqual([true, false, false, true]);
    expect(readMatrix('_ 1\n2 _').ok).toBe(false);
    expect(readMatrix('_5 1', { unfilled: true }).ok).toBe(false);
  });
});
