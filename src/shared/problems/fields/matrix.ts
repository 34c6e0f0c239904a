import { printMatrix, readMatrix, unfilledCell } from '../../input/index.ts';
import type { FieldSpec, FieldValue } from '../problem.ts';
import type { FieldKindModule } from './field-kind.ts';

/**
 * A matrix to fill (a convolution by hand), graded cell by cell.
 *
 * - Read with the shared readMatrix, in any of its forms (`1 2\n3 4`, `[[1, 2], [3, 4]]`, …). A cell may be
 *   `_`, not filled yet: the Practice screen sends its grid as it stands, so the cells typed so far turn green
 *   or red while the others wait. An unfilled cell is never right, so a partial grid is never right as a whole.
 * - A matrix of another size than the field's (possible when typed as text, e.g. in the CLI, never in the
 *   field's grid) is read, and is wrong in every cell; it can still be diagnosed as a whole, e.g. the smaller
 *   matrix of `padding-forgotten`.
 * - Right when every cell equals the expected one exactly: the by-hand problems use small integers.
 */
export const matrixKind: FieldKindModule = {
  kind: 'matrix',

  read(text, field) {
    fieldSize(field);
    const reading = readMatrix(text, { unfilled: true });
    return reading.ok
      ? { ok: true, value: reading.value, text: reading.text, notes: reading.notes }
      : reading;
  },

  matches(expected, actual, field) {
    return matrixCells(expected, actual, field).every((row) => row.every(Boolean));
  },

  print(value, field) {
    return printMatrix(asMatrix(value, field));
  },

  cells(expected, actual, field) {
    return matrixCells(expected, actual, field);
  },
};

/**
 * Per cell of the expected matrix: whether the student's cell is the same number. Every cell is wrong when
 * the student's matrix has another size: its cells do not stand for the same windows.
 */
export function matrixCells(expected: FieldValue, actual: FieldValue, field: FieldSpec): boolean[][] {
  const want = asMatrix(expected, field);
  const got = asMatrix(actual, field);
  const sameSize =
    got.length === want.length && got.every((row, index) => row.length === want[index]!.length);
  return want.map((row, rowIndex) =>
    row.map((value, column) => sameSize && got[rowIndex]![column] === value),
  );
}

/**
 * The text of a grid as it stands, for matrixKind.read: one line per row, `_` for a cell left empty. The
 * Practice screen grades its grid through this, so a partial grid is graded cell by cell. A cell holding two
 * numbers (`32 0`) is not guessed at: its row reads as too long (`ragged-row`).
 */
export function gridText(grid: readonly (readonly string[])[]): string {
  const cell = (text: string) => text.trim() || unfilledCell;
  return grid.map((row) => row.map(cell).join(' ')).join('\n');
}

/** The [rows, columns] of a matrix field: its grid needs them, so a field without them is a template's bug. */
export function fieldSize(field: FieldSpec): readonly [number, number] {
  if (!field.size) throw new Error(`matrix field ${field.id}: no size (rows and columns of its grid)`);
  return field.size;
}

function asMatrix(value: FieldValue, field: FieldSpec): readonly (readonly number[])[] {
  const isMatrix = Array.isArray(value) && value.every((row) => Array.isArray(row));
  if (!isMatrix) throw new Error(`matrix field ${field.id}: ${JSON.stringify(value)} is not a matrix`);
  return value as readonly (readonly number[])[];
}
