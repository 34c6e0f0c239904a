/**
 * Values printed as the app shows them, in forms the readers read back: counts with `,` between thousands
 * (GLOSSARY.md), shapes with `×`, matrices as JSON arrays.
 */

/** The shortest text that reads back as exactly this double; thousands grouped unless `grouping` is off. */
export function printNumber(value: number, grouping = true): string {
  const text = String(value === 0 ? 0 : value);
  if (!grouping || text.includes('e')) return text;
  const [whole = '', fraction] = text.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

export function printShape(dimensions: readonly number[]): string {
  return dimensions.map((dimension) => printNumber(dimension, false)).join('×');
}

/** How a matrix cell not filled yet is written (readMatrix's `unfilled` reads it as NaN) and printed. */
export const unfilledCell = '_';

/** A matrix as JSON arrays; an unfilled cell (NaN) prints as `_`. */
export function printMatrix(rows: readonly (readonly number[])[]): string {
  const cell = (value: number) => (Number.isNaN(value) ? unfilledCell : printNumber(value, false));
  const printed = rows.map((row) => `[${row.map(cell).join(', ')}]`);
  return `[${printed.join(', ')}]`;
}
