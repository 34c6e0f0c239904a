import { describe, expect, it } from 'vitest';
import { inputPicture, wrongCells } from '../../../src/renderer/features/practice/input-picture.ts';
import { homework4 } from '../../../src/shared/problems/templates/conv-by-hand.ts';
import { homework6 } from '../../../src/shared/problems/templates/homework-6.ts';

const lit = (picture: ReturnType<typeof inputPicture>, flag: 'lit' | 'pointed') =>
  picture!.flatMap((row, r) => row.flatMap((cell, c) => (cell[flag] ? [`${r},${c}`] : [])));

describe('the input picture beside a grid', () => {
  it('shows homework-4’s input inside its padding ring for part a, and none for part b', () => {
    const a = inputPicture(homework4, 'a', [], null)!;
    expect(a).toHaveLength(6);
    expect(a[0]!.every((cell) => cell.inPadding && cell.value === 0)).toBe(true);
    expect(a[1]![1]).toMatchObject({ value: 10, inPadding: false });
    expect(inputPicture(homework4, 'b', [], null)).toHaveLength(4);
  });

  it('lights the 2x2 window of each wrong cell, and the pointed cell’s apart', () => {
    // Part a: padding 1, stride 1, a 2x2 kernel, so output (0, 0) reads padded rows and columns 0 to 1.
    const picture = inputPicture(homework4, 'a', [{ row: 0, column: 0 }], { row: 4, column: 4 });
    expect(lit(picture, 'lit')).toEqual(['0,0', '0,1', '1,0', '1,1']);
    expect(lit(picture, 'pointed')).toEqual(['4,4', '4,5', '5,4', '5,5']);
  });

  it('is for convolutions by hand only', () => {
    expect(inputPicture(homework6, 'rf.conv1', [], null)).toBeNull();
  });

  it('takes the wrong cells from a grid’s verdicts, not the empty ones', () => {
    expect(
      wrongCells([
        [true, false],
        [null, false],
      ]),
    ).toEqual([
      { row: 0, column: 1 },
      { row: 1, column: 1 },
    ]);
    expect(wrongCells(null)).toEqual([]);
  });
});
