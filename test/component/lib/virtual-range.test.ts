import { describe, expect, it } from 'vitest';
import {
  drawsInView,
  spacers,
  virtualRowsFrom,
  withKeptRows,
} from '../../../src/renderer/lib/virtual-range.ts';

describe('virtual rows', () => {
  it('draw every row of a short list, and of a long one when asked or printing', () => {
    expect(drawsInView(virtualRowsFrom - 1, false)).toBe(false);
    expect(drawsInView(virtualRowsFrom, false)).toBe(true);
    expect(drawsInView(5_000, true)).toBe(false);
  });

  it('keep the height of the rows not drawn, above and below the drawn ones', () => {
    const rows = [
      { index: 10, start: 300, end: 330 },
      { index: 11, start: 330, end: 372 },
      { index: 12, start: 372, end: 402 },
    ];
    expect(spacers(rows, 3_000)).toEqual({ before: 300, after: 2_598 });
    expect(spacers([{ index: 0, start: 0, end: 30 }], 30)).toEqual({ before: 0, after: 0 });
    // Nothing drawn yet (the scroll box not measured): every row's height is below.
    expect(spacers([], 900)).toEqual({ before: 0, after: 900 });
  });

  it('never give a negative space, even when the measured rows outgrow the estimate', () => {
    expect(spacers([{ index: 4, start: -5, end: 1_200 }], 1_000)).toEqual({ before: 0, after: 0 });
  });

  it('add the kept rows to the range in view, sorted, each once, and only rows that exist', () => {
    expect(withKeptRows([5, 6, 7, 8], [null], 100)).toEqual([5, 6, 7, 8]);
    expect(withKeptRows([5, 6, 7, 8], [40], 100)).toEqual([5, 6, 7, 8, 40]);
    expect(withKeptRows([5, 6, 7, 8], [2, 6], 100)).toEqual([2, 5, 6, 7, 8]);
    expect(withKeptRows([5, 6], [100, -1], 100)).toEqual([5, 6]);
  });
});
