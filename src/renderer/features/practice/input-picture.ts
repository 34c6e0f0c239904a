import type { Cell } from '../../../shared/input/index.ts';
import type { Problem } from '../../../shared/problems/problem.ts';
import {
  type ConvByHandProblem,
  convByHandId,
  inputWindow,
} from '../../../shared/problems/templates/conv-by-hand.ts';

/** One cell of the input picture: its value (0 in the padding ring) and whether a window covers it. */
export interface PictureCell {
  value: number;
  inPadding: boolean;
  /** In the window of a wrong output cell. */
  lit: boolean;
  /** In the window of the output cell pointed at (focused or under the mouse). */
  pointed: boolean;
}

/**
 * The input matrix of a convolution by hand, with its padding ring for the part `fieldId`, and the windows
 * (the lab's step traces, through conv-by-hand's inputWindow) of the wrong output cells and of the cell
 * pointed at lit up: where to look again. Null for a field of another kind of problem.
 */
export function inputPicture(
  problem: Problem,
  fieldId: string,
  wrongCells: readonly Cell[],
  pointed: Cell | null,
): PictureCell[][] | null {
  if (problem.template !== convByHandId) return null;
  const convolution = problem as ConvByHandProblem;
  const part = convolution.parameters.parts.find((each) => each.id === fieldId);
  if (!part) return null;
  const windows = (cells: readonly Cell[]) =>
    new Set(cells.flatMap((cell) => windowKeys(convolution, fieldId, cell)));
  const lit = windows(wrongCells);
  const pointedWindow = windows(pointed ? [pointed] : []);
  const input = convolution.parameters.input;
  const padding = part.padding;
  const rows = input.length + 2 * padding;
  const columns = (input[0]?.length ?? 0) + 2 * padding;
  return Array.from({ length: rows }, (_, paddedRow) =>
    Array.from({ length: columns }, (_, paddedColumn) => {
      const cell = { row: paddedRow - padding, column: paddedColumn - padding };
      const value = input[cell.row]?.[cell.column];
      return {
        value: value ?? 0,
        inPadding: value === undefined,
        lit: lit.has(key(cell)),
        pointed: pointedWindow.has(key(cell)),
      };
    }),
  );
}

const key = (cell: Cell) => `${cell.row},${cell.column}`;

/**
 * Each output cell's window, worked once per problem and part: the picture is drawn again at every key
 * typed, and a window is a whole trace of the part.
 */
const windowCache = new WeakMap<Problem, Map<string, readonly string[]>>();

function windowKeys(problem: ConvByHandProblem, fieldId: string, cell: Cell): readonly string[] {
  let windows = windowCache.get(problem);
  if (!windows) windowCache.set(problem, (windows = new Map()));
  const id = `${fieldId}:${key(cell)}`;
  let found = windows.get(id);
  if (!found) windows.set(id, (found = inputWindow(problem, fieldId, cell).map(key)));
  return found;
}

/** The cells a grid's verdicts mark wrong (null cells, not filled yet, are not). */
export function wrongCells(verdicts: readonly (readonly (boolean | null)[])[] | null): Cell[] {
  return (verdicts ?? []).flatMap((row, rowIndex) =>
    row.flatMap((verdict, column) => (verdict === false ? [{ row: rowIndex, column }] : [])),
  );
}
