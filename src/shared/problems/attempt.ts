import type { Rating } from '../srs/review-log.ts';
import type { MistakeCode } from './mistakes.ts';

/**
 * One graded attempt at a problem, as stored (Dexie table `attempts`) and read by the progress charts
 * (mistakes by code over time, mastery per template). It holds the student's text, so a grade can be redone.
 */
export interface PracticeAttempt {
  id: string;
  /** The FSRS item (skill) the attempt reviewed: `problem:<template>` or a homework instance's item id. */
  itemId: string;
  template: string;
  /** `homework-2` or `<template>#<seed>`. */
  problemId: string;
  seed: number | null;
  startedAt: number;
  finishedAt: number;
  /** Time spent answering, pauses excluded. */
  elapsedMs: number;
  hintsUsed: number;
  solutionShown: boolean;
  answers: Readonly<Record<string, string>>;
  fields: readonly AttemptField[];
  /** The share of fields right, 0 to 1. */
  credit: number;
  /** The FSRS rating it gave its item; null when it was not a scheduled review (free practice). */
  rating: Rating | null;
}

export interface AttemptField {
  id: string;
  answered: boolean;
  correct: boolean;
  followThrough: boolean;
  diagnoses: readonly MistakeCode[];
}
