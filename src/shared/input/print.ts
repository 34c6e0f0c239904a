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

export function printMatrix(rows: readonly (readonly number[])[]): string {
  const printed = rows.map((row) => `[${row.map((value) => printNumber(value, false)).join(', ')}]`);
  return `[${printed.join(', ')}]`;
}
