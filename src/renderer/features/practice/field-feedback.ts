import type { LocalizedText } from '../../../shared/deck/localized-text.ts';
import { describeReading } from '../../../shared/input/index.ts';
import { mistakeMessages } from '../../../shared/problems/mistakes.ts';
import type { FieldGrade, FieldReason } from '../../../shared/problems/problem.ts';

/**
 * How an answer box stands: nothing typed; typed but not understood (said, never marked wrong); a grid partly
 * filled (its typed cells judged, the rest waiting); right; right by follow-through; or wrong.
 */
export type FieldStatus = 'empty' | 'unreadable' | 'filling' | 'right' | 'follow-through' | 'wrong';

export interface FieldFeedback {
  status: FieldStatus;
  /** "read as 25,700,000" with how it was read; null when nothing was read. */
  readAs: LocalizedText | null;
  /** Why the text was not understood. */
  reason: LocalizedText | null;
  /** The diagnosis of each catalogued mistake that gives the student's value. */
  diagnoses: LocalizedText[];
  /** A grid's cells: true right, false wrong, null not filled yet; null for other fields. */
  cells: (boolean | null)[][] | null;
}

/**
 * A field's feedback from its grade (the template's grader), worded by the reader's and the catalogue's
 * messages. `text` is what was typed: an empty text is not graded at all. A grid's cells as typed (`grid`)
 * tell its cells not filled yet, which wait.
 */
export function fieldFeedback(
  grade: FieldGrade | undefined,
  text: string,
  grid: readonly (readonly string[])[] | undefined,
  wordReason: (reason: FieldReason) => LocalizedText,
): FieldFeedback {
  const none = { readAs: null, reason: null, diagnoses: [], cells: null };
  if (!grade || text.trim() === '' || !grade.answered) return { status: 'empty', ...none };
  if (grade.error) return { status: 'unreadable', ...none, reason: wordReason(grade.error) };
  const readAs = grade.read === null ? null : describeReading({ text: grade.read, notes: grade.notes });
  const cells = grade.cells && grid ? cellVerdicts(grade.cells, grid) : null;
  const filling = cells?.some((row) => row.includes(null)) ?? false;
  const status: FieldStatus = grade.correct
    ? grade.followThrough
      ? 'follow-through'
      : 'right'
    : filling
      ? 'filling'
      : 'wrong';
  return {
    status,
    readAs,
    reason: null,
    diagnoses: grade.diagnoses.map((code) => mistakeMessages[code]),
    cells,
  };
}

/** A grid's verdicts, with the cells not filled yet left open (null). */
function cellVerdicts(
  cells: readonly (readonly boolean[])[],
  grid: readonly (readonly string[])[],
): (boolean | null)[][] {
  return cells.map((row, rowIndex) =>
    row.map((right, column) => ((grid[rowIndex]?.[column] ?? '').trim() === '' ? null : right)),
  );
}
