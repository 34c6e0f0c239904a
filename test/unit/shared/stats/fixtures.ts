import type { PracticeAttempt } from '../../../../src/shared/problems/attempt.ts';
import type { MistakeCode } from '../../../../src/shared/problems/mistakes.ts';
import type { CardState, ReviewCard, Schedule } from '../../../../src/shared/srs/card.ts';
import type { Rating, ReviewLog } from '../../../../src/shared/srs/review-log.ts';

/** A schedule in `state` with an interval of `scheduledDays` (what decides young or mature). */
export function schedule(state: CardState, scheduledDays = 0, extra: Partial<Schedule> = {}): Schedule {
  return {
    state,
    due: 0,
    stability: scheduledDays,
    difficulty: 5,
    scheduledDays,
    learningSteps: 0,
    reps: 1,
    lapses: 0,
    lastReview: null,
    ...extra,
  };
}

let logCounter = 0;

/** A grading at an ISO moment, of a card that was in `before` state with `interval` days. */
export function log(
  at: string,
  rating: Rating,
  before: CardState,
  interval = 0,
  extra: Partial<ReviewLog> = {},
): ReviewLog {
  const reviewedAt = Date.parse(at);
  return {
    id: `log-${++logCounter}`,
    cardId: extra.itemId ?? 'card',
    itemId: 'item',
    deckId: 'deck',
    rating,
    source: 'review',
    reviewedAt,
    day: 0,
    elapsedMs: 10_000,
    before: schedule(before, interval),
    after: schedule('review', interval + 1),
    ...extra,
  };
}

export function card(id: string, state: CardState, extra: Partial<ReviewCard> = {}): ReviewCard {
  return {
    ...schedule(state),
    id,
    itemId: id,
    deckId: 'deck',
    cloze: null,
    position: 0,
    suspended: false,
    buriedUntil: null,
    flagged: false,
    ...extra,
  };
}

let attemptCounter = 0;

export function attempt(
  template: string,
  at: string,
  credit: number,
  diagnoses: readonly MistakeCode[][] = [],
  itemId = `problem:${template}`,
): PracticeAttempt {
  const finishedAt = Date.parse(at);
  return {
    id: `attempt-${++attemptCounter}`,
    itemId,
    template,
    problemId: `${template}#1`,
    seed: 1,
    startedAt: finishedAt - 60_000,
    finishedAt,
    elapsedMs: 60_000,
    hintsUsed: 0,
    solutionShown: false,
    answers: {},
    fields: diagnoses.map((codes, index) => ({
      id: `f${index}`,
      answered: true,
      correct: codes.length === 0,
      followThrough: false,
      diagnoses: codes,
    })),
    credit,
    rating: null,
  };
}
