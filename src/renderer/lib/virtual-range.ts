/**
 * The arithmetic of drawing only the rows in view (used by virtual-rows.svelte.ts around
 * `@tanstack/virtual-core`): pure, so that it is tested without a browser.
 */

/** A drawn row as the virtualizer places it: its index among all rows and its pixel extent. */
export interface PlacedRow {
  index: number;
  start: number;
  end: number;
}

/** Fewer rows than this are always all drawn: cheap enough, and simpler for every reader. */
export const virtualRowsFrom = 100;

/** Whether a list of `count` rows draws only the rows in view (`showEvery`: the student asked for all). */
export function drawsInView(count: number, showEvery: boolean): boolean {
  return !showEvery && count >= virtualRowsFrom;
}

/**
 * The space left for the rows not drawn, above and below the drawn ones, so the scroll bar keeps the height of
 * every row (the table's spacer rows). `rows` are contiguous and in order; `totalSize` is every row's height.
 */
export function spacers(rows: readonly PlacedRow[], totalSize: number): { before: number; after: number } {
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (!first || !last) return { before: 0, after: Math.max(0, totalSize) };
  return { before: Math.max(0, first.start), after: Math.max(0, totalSize - last.end) };
}

/**
 * The indexes to draw: the visible range with its overscan, plus the rows that must stay drawn wherever the
 * scroll is (the row being edited keeps its form and its focus), sorted, each once, all within `count`.
 */
export function withKeptRows(
  range: readonly number[],
  kept: readonly (number | null)[],
  count: number,
): number[] {
  const indexes = new Set(range);
  for (const index of kept) if (index !== null && index >= 0 && index < count) indexes.add(index);
  return [...indexes].sort((a, b) => a - b);
}
