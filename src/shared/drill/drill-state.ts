import type { McqItem } from '../deck/item.ts';
import type { DrillConfig } from './drill-config.ts';

/**
 * A drill in progress or finished, as plain JSON-able data: store it (IndexedDB), parse it back with
 * restoreDrill, and carry on. Every function here returns a new state and never changes the one it was given.
 *
 * Time: `elapsedMs` is the active (running, not paused) time accounted so far; while running, the interval
 * since `activeSince` is not yet accounted and belongs to the current question. All times are the `now`
 * values the caller passed in (milliseconds, e.g. Date.now()).
 */
export interface DrillState {
  version: 1;
  id: string;
  config: DrillConfig;
  seed: number;
  questions: DrillQuestion[];
  /** The question on screen. */
  current: number;
  status: DrillStatus;
  startedAt: number;
  /** Start of the current unaccounted running interval; null while paused or finished. */
  activeSince: number | null;
  elapsedMs: number;
  /** The latest `now` seen: where a drill interrupted by a restart is paused (see restoreDrill). */
  lastSeenAt: number;
  finishedAt: number | null;
  finishReason: FinishReason | null;
}

export type DrillStatus = 'running' | 'paused' | 'finished';

/**
 * `time-up`: the exam countdown reached zero, or the last open question's own timer did. `abandoned`: closed
 * unfinished because a newer drill was started (see abandonDrill); it stays in the history with its answers.
 */
export type FinishReason = 'submitted' | 'time-up' | 'abandoned';

export interface DrillQuestion {
  /** A snapshot of the item as it was asked, so review and result do not change if the deck is edited. */
  item: McqItem;
  /** The item's own option letters in the order they are shown: display letter A is optionOrder[0]. */
  optionOrder: string[];
  /** The chosen options, as the item's own letters, in the item's option order. */
  chosen: string[];
  marked: boolean;
  /** Its own timer ran out (per-question mode): locked, with whatever was chosen before. */
  timedOut: boolean;
  /** Time it was on screen while the drill ran. */
  spentMs: number;
}

/** The display letter of a position: 0 → 'A'. */
export function displayLetter(position: number): string {
  return String.fromCharCode(65 + position);
}

/** The position of a display letter ('A' or 'a' → 0), or -1 when it is not a single letter. */
export function displayPosition(letter: string): number {
  return /^[A-Za-z]$/.test(letter) ? letter.toUpperCase().charCodeAt(0) - 65 : -1;
}

/** A copy of the state with one question changed. */
export function updateQuestion(
  state: DrillState,
  index: number,
  update: (question: DrillQuestion) => DrillQuestion,
): DrillState {
  return {
    ...state,
    questions: state.questions.map((question, position) =>
      position === index ? update(question) : question,
    ),
  };
}

/** A question can still be shown and answered unless its own timer locked it. */
export function isOpen(question: DrillQuestion): boolean {
  return !question.timedOut;
}
