import type { AttemptField, PracticeAttempt } from '../../../shared/problems/attempt.ts';
import { gridText } from '../../../shared/problems/fields/matrix.ts';
import type { Grade, Problem } from '../../../shared/problems/problem.ts';
import type { AnswerOutcome } from '../../../shared/srs/answer-rating.ts';
import type { Rating } from '../../../shared/srs/review-log.ts';
import { hiddenAt, shownAt, timeOnTask, type TimeAway } from '../../../shared/time-away.ts';

/**
 * One problem being answered: what the student typed (a grid's cells kept cell by cell), the hints and the
 * solution shown, and when it started and finished. Pure: the store (practice-store.svelte.ts) keeps one and
 * replaces it with `practiceStep`'s result; time comes in with the events.
 */
export interface PracticeSession extends TimeAway {
  /** The skill (FSRS item) the problem reviews: `problem:<template>` or a homework problem's item. */
  itemId: string;
  problem: Problem;
  /** The typed text of each field answered so far (a grid's cells as gridAnswer joins them). */
  answers: Readonly<Record<string, string>>;
  /** A grid field's cells as typed, row by row ('' where nothing is typed yet). */
  cells: Readonly<Record<string, readonly (readonly string[])[]>>;
  hintsShown: number;
  solutionShown: boolean;
  startedAt: number;
  finishedAt: number | null;
}

export type PracticeEvent =
  | { kind: 'type'; field: string; text: string }
  | { kind: 'type-cell'; field: string; row: number; column: number; text: string }
  | { kind: 'hint' }
  | { kind: 'solution' }
  | { kind: 'finish'; at: number }
  /** The window was hidden (minimised, another tab) or shown again: that time is not spent on the problem. */
  | { kind: 'hide'; at: number }
  | { kind: 'show'; at: number };

export function startSession(itemId: string, problem: Problem, now: number): PracticeSession {
  const cells = Object.fromEntries(
    problem.fields.flatMap((field) =>
      field.kind === 'matrix' && field.size
        ? [[field.id, emptyGrid(field.size[0], field.size[1])] as const]
        : [],
    ),
  );
  return {
    itemId,
    problem,
    answers: {},
    cells,
    hintsShown: 0,
    solutionShown: false,
    startedAt: now,
    finishedAt: null,
    awayMs: 0,
    hiddenSince: null,
  };
}

/**
 * The session after `event`. A finished session takes no more typing and no more hints (its attempt is saved
 * as it was); the solution may still be opened after finishing, which changes nothing saved. A field or cell
 * the problem does not have is a programming error: it throws, naming it.
 */
export function practiceStep(session: PracticeSession, event: PracticeEvent): PracticeSession {
  if (event.kind === 'solution') return session.solutionShown ? session : { ...session, solutionShown: true };
  if (session.finishedAt !== null) return session;
  switch (event.kind) {
    case 'type':
      fieldOf(session, event.field);
      return { ...session, answers: { ...session.answers, [event.field]: event.text } };
    case 'type-cell': {
      const grid = session.cells[event.field];
      if (!grid) throw new Error(`problem ${session.problem.id} has no grid field ${event.field}`);
      if (grid[event.row]?.[event.column] === undefined)
        throw new Error(`grid field ${event.field} has no cell (${event.row}, ${event.column})`);
      const next = grid.map((row, rowIndex) =>
        rowIndex === event.row
          ? row.map((cell, column) => (column === event.column ? event.text : cell))
          : row,
      );
      return {
        ...session,
        cells: { ...session.cells, [event.field]: next },
        answers: { ...session.answers, [event.field]: gridAnswer(next) },
      };
    }
    case 'hint':
      return session.hintsShown < session.problem.hints.length
        ? { ...session, hintsShown: session.hintsShown + 1 }
        : session;
    case 'finish':
      return { ...shownAt(session, event.at), finishedAt: event.at };
    case 'hide':
      return hiddenAt(session, event.at);
    case 'show':
      return shownAt(session, event.at);
  }
}

/**
 * A grid's cells as the matrix field's text (fields/matrix.ts: `_` for a cell not filled, so the typed cells
 * are graded while the rest wait); a grid with nothing typed is an unanswered field.
 */
export function gridAnswer(cells: readonly (readonly string[])[]): string {
  return cells.every((row) => row.every((cell) => cell.trim() === '')) ? '' : gridText(cells);
}

/** The outcome a finished session's grade gives its skill (answer-rating.ts): a hint or the solution helps. */
export function practiceOutcome(
  session: PracticeSession,
  grade: Grade,
  usualMs: number | null,
): AnswerOutcome {
  return {
    shareRight: grade.credit,
    helped: session.hintsShown > 0 || session.solutionShown,
    spentMs: spentMs(session),
    usualMs,
  };
}

/** The stored row of a finished session (src/shared/problems/attempt.ts); `rating` null for free practice. */
export function practiceAttempt(
  session: PracticeSession,
  grade: Grade,
  rating: Rating | null,
): PracticeAttempt {
  if (session.finishedAt === null) throw new Error(`problem ${session.problem.id} is not finished`);
  const fields: AttemptField[] = grade.fields.map((field) => ({
    id: field.id,
    answered: field.answered,
    correct: field.correct,
    followThrough: field.followThrough,
    diagnoses: field.diagnoses,
  }));
  return {
    id: `${session.itemId}@${session.finishedAt}`,
    itemId: session.itemId,
    template: session.problem.template,
    problemId: session.problem.id,
    seed: session.problem.seed,
    startedAt: session.startedAt,
    finishedAt: session.finishedAt,
    elapsedMs: spentMs(session),
    hintsUsed: session.hintsShown,
    solutionShown: session.solutionShown,
    answers: session.answers,
    fields,
    credit: grade.credit,
    rating,
  };
}

/**
 * Time from the problem shown to finished, less the time the window was hidden (as a drill's clock leaves its
 * pauses out): the time spent that the review log keeps and the Easy rating compares. A clock that went back
 * counts as none.
 */
function spentMs(session: PracticeSession): number {
  if (session.finishedAt === null) throw new Error(`problem ${session.problem.id} is not finished`);
  return timeOnTask(session.startedAt, session, session.finishedAt);
}

function fieldOf(session: PracticeSession, id: string) {
  const field = session.problem.fields.find((each) => each.id === id);
  if (!field) throw new Error(`problem ${session.problem.id} has no field ${id}`);
  return field;
}

function emptyGrid(rows: number, columns: number): string[][] {
  return Array.from({ length: rows }, () => Array.from({ length: columns }, () => ''));
}
