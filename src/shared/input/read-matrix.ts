import { checkValue, type Range } from './check-value.ts';
import { mergeNotes } from './notes.ts';
import { printMatrix, unfilledCell } from './print.ts';
import type { ReadNote, ReadReason, Reading } from './reading.ts';
import { scanNumber, unexpectedAt, type ScanRules } from './scan-number.ts';
import { characterNotes, placeOf, skipSpaces, toSource, trimmedRange, type Source } from './source.ts';

/** The range of every cell, whether cells must be whole, and whether a cell may be left unfilled. */
export interface MatrixOptions extends Range {
  integer?: boolean;
  /**
   * A cell written `_` is read as NaN, "not filled yet": a grid to fill (a convolution by hand) is graded cell
   * by cell while the student types, before every cell has a number.
   */
  unfilled?: boolean;
}

/** A cell is a plain number: commas and spaces separate cells, so they cannot group thousands. */
const cellRules: ScanRules = {
  forms: { sign: true, thousands: false, suffix: false, percent: false },
  timesTen: false,
};

class MatrixReader {
  readonly rows: number[][] = [];
  readonly notes: ReadNote[][] = [];
  at: number;

  constructor(
    readonly source: Source,
    readonly end: number,
    readonly options: MatrixOptions,
    start: number,
  ) {
    this.at = start;
  }

  private get character(): string | undefined {
    return this.source.plain[this.at];
  }

  /** One cell at `at` into `cells`; `at` moves past it. */
  private cell(cells: number[]): ReadReason | null {
    if (this.options.unfilled && this.character === unfilledCell) {
      cells.push(Number.NaN);
      this.at++;
      return null;
    }
    const scan = scanNumber(this.source, this.at, cellRules, 'number');
    if (!scan.ok) return scan.reason;
    const cell = { row: this.rows.length, column: cells.length };
    const at = placeOf(this.source, this.at);
    const problem = checkValue(scan.number.value, at, this.options.integer ?? false, this.options, cell);
    if (problem) return problem;
    cells.push(scan.number.value);
    this.notes.push(scan.number.notes);
    this.at = scan.number.end;
    return null;
  }

  /** `[1, 2, 3]` or `[1 2 3]` with `at` on its `[`: cells may also be split across lines. */
  bracketedRow(): ReadReason | null {
    const cells: number[] = [];
    this.at = skipSpaces(this.source, this.at + 1, true);
    for (;;) {
      const problem = this.cell(cells);
      if (problem) return problem;
      const next = skipSpaces(this.source, this.at, true);
      const character = this.source.plain[next];
      if (character === ']') {
        this.at = next + 1;
        this.rows.push(cells);
        return null;
      }
      if (character === ',') this.at = skipSpaces(this.source, next + 1, true);
      else if (next > this.at && next < this.end) this.at = next;
      else return unexpectedAt(this.source, next, next >= this.end ? 'closing-bracket' : 'separator');
    }
  }

  /** `[[1, 2], [3, 4]]` (or numpy's `[[1 2]\n [3 4]]`) with `at` on the first inner `[`; ends after the outer `]`. */
  bracketedRows(): ReadReason | null {
    for (;;) {
      const problem = this.bracketedRow();
      if (problem) return problem;
      this.at = skipSpaces(this.source, this.at, true);
      if (this.character === ']') {
        this.at++;
        return null;
      }
      if (this.character === ',' || this.character === ';')
        this.at = skipSpaces(this.source, this.at + 1, true);
      if (this.character !== '[') return unexpectedAt(this.source, this.at, 'closing-bracket');
    }
  }

  /** Rows split by newlines or `;`, cells by commas or spaces, up to `closer` (`]`) or the end. */
  plainRows(closer: string | undefined): ReadReason | null {
    const rowBreak = (character: string | undefined) =>
      character === ';' || character === '\n' || character === '\r';
    for (;;) {
      while (this.at < this.end && (rowBreak(this.character) || this.character === ' ')) this.at++;
      if (this.at >= this.end || this.character === closer) break;
      const cells: number[] = [];
      for (;;) {
        const problem = this.cell(cells);
        if (problem) return problem;
        const next = skipSpaces(this.source, this.at);
        const character = this.source.plain[next];
        if (character === ',') this.at = skipSpaces(this.source, next + 1);
        else if (next >= this.end || rowBreak(character) || character === closer) break;
        else if (next > this.at) this.at = next;
        else return unexpectedAt(this.source, next, 'separator');
      }
      this.rows.push(cells);
    }
    if (closer === undefined) return null;
    if (this.character !== closer) return unexpectedAt(this.source, this.at, 'closing-bracket');
    this.at++;
    return null;
  }
}

/**
 * Reads a matrix: rows on lines or split by `;`, cells split by spaces or commas (`1 2\n3 4`, `1,2;3,4`), or
 * in brackets as JSON, numpy and MATLAB write it (`[[1, 2], [3, 4]]`, `[[1 2]\n [3 4]]`, `[1 2; 3 4]`);
 * `[1, 2, 3]` is one row. Every row must have as many cells as the first. Prints as JSON. With `unfilled`, a
 * cell may be `_` (read as NaN, printed back as `_`).
 */
export function readMatrix(text: string, options: MatrixOptions = {}): Reading<number[][]> {
  const source = toSource(text);
  const [start, end] = trimmedRange(source);
  const reader = new MatrixReader(source, end, options, start);
  let problem: ReadReason | null;
  if (source.plain[start] === '[') {
    reader.at = skipSpaces(source, start + 1, true);
    problem = source.plain[reader.at] === '[' ? reader.bracketedRows() : reader.plainRows(']');
  } else problem = reader.plainRows(undefined);
  if (problem) return { ok: false, reason: problem };
  if (reader.at < end)
    return { ok: false, reason: unexpectedAt(source, skipSpaces(source, reader.at, true), 'end') };
  const { rows } = reader;
  if (rows.length === 0) return { ok: false, reason: { code: 'empty', expected: 'matrix' } };
  const expected = rows[0]!.length;
  const ragged = rows.findIndex((row) => row.length !== expected);
  if (ragged >= 0) {
    return { ok: false, reason: { code: 'ragged-row', row: ragged, found: rows[ragged]!.length, expected } };
  }
  const notes = mergeNotes([characterNotes(source, start, end), ...reader.notes]);
  return { ok: true, value: rows, text: printMatrix(rows), notes };
}
