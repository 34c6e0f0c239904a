import type { TopicTag } from '../deck/item.ts';

/**
 * How a drill is timed. `exam`: one countdown for the whole drill, which submits itself at zero.
 * `per-question`: each question has its own countdown; at zero that question locks and the drill moves on.
 * `practice`: no timer. Limits are in milliseconds.
 */
export type DrillMode =
  { kind: 'exam'; limitMs: number } | { kind: 'per-question'; limitMs: number } | { kind: 'practice' };

export type DrillModeKind = DrillMode['kind'];

export const drillModeKinds: readonly DrillModeKind[] = ['exam', 'per-question', 'practice'];

/**
 * Which multiple-choice items of the deck a drill asks. `topic`: items carrying any of the tags. `missed`:
 * items whose latest past answer was wrong or unanswered. `items`: exactly these ids (how "retry the wrong
 * ones" is expressed); ids no longer in the deck are skipped.
 */
export type DrillSelection =
  | { kind: 'all' }
  | { kind: 'topic'; tags: TopicTag[] }
  | { kind: 'missed' }
  | { kind: 'items'; itemIds: string[] };

export type DrillSelectionKind = DrillSelection['kind'];

export interface DrillConfig {
  deckId: string;
  selection: DrillSelection;
  /** Ask at most this many, a seeded random sample of the selection; all of it when absent. */
  count?: number;
  mode: DrillMode;
  /** Shuffle each question's options (seeded, fixed for the session). */
  shuffleOptions: boolean;
  /** Shuffle the question order too; otherwise questions keep the deck's order. */
  shuffleQuestions: boolean;
}

/** One earlier answer to an item, from any finished drill (see pastAnswersOf); `at` is when it was given. */
export interface PastAnswer {
  itemId: string;
  correct: boolean;
  at: number;
}
