/**
 * What the student types into the lab's grids and fields, read strictly: every problem is reported with where
 * it is, so the field can say what is wrong instead of the engine refusing a whole request.
 */

import {
  readInteger,
  readMatrix,
  readNumber,
  type ReadReason,
  type Reading,
} from '../../../shared/input/index.ts';

/** Grid values are kept small enough to read and to stay exact in Float64 sums. */
export const cellMagnitudeLimit = 1_000_000;

const cellRange = { min: -cellMagnitudeLimit, max: cellMagnitudeLimit };

export type Parsed<Value> = { ok: true; value: Value } | { ok: false; problem: ReadReason };

function parsed<Value>(reading: Reading<Value>): Parsed<Value> {
  return reading.ok ? { ok: true, value: reading.value } : { ok: false, problem: reading.reason };
}

/** One grid cell: a number in any form the one reader takes, of magnitude at most cellMagnitudeLimit. */
export function parseCell(text: string): Parsed<number> {
  return parsed(readNumber(text, cellRange));
}

/** A whole number in [min, max]. */
export function parseInteger(text: string, min: number, max: number): Parsed<number> {
  return parsed(readInteger(text, { min, max }));
}

export interface CellIssue {
  row: number;
  column: number;
  problem: ReadReason;
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

/**
 * A matrix typed as text, as the one reader takes it: rows on lines or split by ";", numbers split by spaces
 * or commas, or JSON's `[[1, 2], [3, 4]]`. Any row size is accepted here; the engine checks the limit.
 */
export function parseMatrixText(text: string): Parsed<number[][]> {
  return parsed(readMatrix(text, cellRange));
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
