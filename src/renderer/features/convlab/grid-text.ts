/**
 * What the student types into the lab's grids and fields, read strictly: every problem is reported with where
 * it is, so the field can say what is wrong instead of the engine refusing a whole request.
 */

/** Grid values are kept small enough to read and to stay exact in Float64 sums. */
export const cellMagnitudeLimit = 1_000_000;

export type NumberProblem = 'empty' | 'not-a-number' | 'too-big';
export type IntegerProblem = 'empty' | 'not-an-integer' | 'out-of-range';

export type Parsed<Value, Problem> = { ok: true; value: Value } | { ok: false; problem: Problem };

const decimal = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** A typed minus (U+2212) or a full-width digit from a Chinese input method reads as its ASCII form. */
function normalise(text: string): string {
  return text
    .trim()
    .replace(/[\u2212\uff0d]/g, '-')
    .replace(/[\uff10-\uff19]/g, (digit) => String(digit.charCodeAt(0) - 0xff10))
    .replace(/\uff0e/g, '.');
}

/** One grid cell: a finite decimal number with magnitude at most cellMagnitudeLimit ("NaN", "1/2" refused). */
export function parseCell(text: string): Parsed<number, NumberProblem> {
  const clean = normalise(text);
  if (clean === '') return { ok: false, problem: 'empty' };
  if (!decimal.test(clean)) return { ok: false, problem: 'not-a-number' };
  const value = Number(clean);
  if (!Number.isFinite(value) || Math.abs(value) > cellMagnitudeLimit)
    return { ok: false, problem: 'too-big' };
  return { ok: true, value: value === 0 ? 0 : value };
}

/** A whole number in [min, max]. */
export function parseInteger(text: string, min: number, max: number): Parsed<number, IntegerProblem> {
  const clean = normalise(text);
  if (clean === '') return { ok: false, problem: 'empty' };
  if (!/^[+-]?\d+$/.test(clean)) return { ok: false, problem: 'not-an-integer' };
  const value = Number(clean);
  return value >= min && value <= max ? { ok: true, value } : { ok: false, problem: 'out-of-range' };
}

export interface CellIssue {
  row: number;
  column: number;
  problem: NumberProblem;
}

/** Every cell of a grid; `values` is null when any cell has a problem (all problems are listed). */
export function parseGrid(texts: readonly (readonly string[])[]): {
  values: number[][] | null;
  issues: CellIssue[];
} {
  const issues: CellIssue[] = [];
  const values = texts.map((row, rowIndex) =>
    row.map((text, column) => {
      const parsed = parseCell(text);
      if (parsed.ok) return parsed.value;
      issues.push({ row: rowIndex, column, problem: parsed.problem });
      return 0;
    }),
  );
  return { values: issues.length ? null : values, issues };
}

/** The grid at a new size: kept cells keep their text, new cells get `fill`. */
export function resizeGrid(
  texts: readonly (readonly string[])[],
  rows: number,
  columns: number,
  fill = '0',
): string[][] {
  return Array.from({ length: rows }, (_, row) =>
    Array.from({ length: columns }, (_, column) => texts[row]?.[column] ?? fill),
  );
}

export type MatrixTextIssue =
  | { kind: 'empty' }
  | { kind: 'cell'; row: number; column: number; problem: NumberProblem }
  | { kind: 'ragged'; row: number; found: number; expected: number };

/**
 * A matrix typed as text: one row per line (or separated by ";"), numbers separated by spaces or commas, with
 * optional brackets as in `[[1, 2], [3, 4]]`. Any row size is accepted here; the engine checks the limit.
 */
export function parseMatrixText(text: string): Parsed<number[][], MatrixTextIssue> {
  const rows = text
    .replace(/\]\s*,\s*\[/g, ';')
    .replace(/[[\]]/g, ' ')
    .split(/[\n;]/)
    .map((line) => line.split(/[\s,，]+/).filter(Boolean))
    .filter((line) => line.length > 0);
  if (rows.length === 0) return { ok: false, problem: { kind: 'empty' } };
  const expected = rows[0]!.length;
  const values: number[][] = [];
  for (const [row, entries] of rows.entries()) {
    if (entries.length !== expected) {
      return { ok: false, problem: { kind: 'ragged', row, found: entries.length, expected } };
    }
    const parsedRow: number[] = [];
    for (const [column, entry] of entries.entries()) {
      const parsed = parseCell(entry);
      if (!parsed.ok) return { ok: false, problem: { kind: 'cell', row, column, problem: parsed.problem } };
      parsedRow.push(parsed.value);
    }
    values.push(parsedRow);
  }
  return { ok: true, value: values };
}

/** A value as the lab prints it: integers whole, others to at most 4 decimals, never "-0". */
export function formatValue(value: number): string {
  const rounded = Math.round(value * 10_000) / 10_000;
  return rounded === 0 ? '0' : String(rounded);
}

/** A matrix as text for the custom-kernel field: one row per line. */
export function matrixToText(rows: readonly (readonly number[])[]): string {
  return rows.map((row) => row.map(formatValue).join(' ')).join('\n');
}
