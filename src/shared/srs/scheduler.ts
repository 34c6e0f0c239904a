import { type Card, type FSRS, type Grade, Rating as FsrsRating, State, StrategyMode, fsrs } from 'ts-fsrs';
import type { CardState, ReviewCard, Schedule } from './card.ts';
import type { Rating, ReviewLog, ReviewSource } from './review-log.ts';
import { type SrsSettings, checkSrsSettings, defaultSrsSettings } from './settings.ts';
import { SrsError, checkTime } from './srs-error.ts';
import { dayMs, studyDay } from './study-day.ts';

const fsrsGrade: Record<Rating, Grade> = {
  again: FsrsRating.Again,
  hard: FsrsRating.Hard,
  good: FsrsRating.Good,
  easy: FsrsRating.Easy,
};

const fsrsState: Record<CardState, State> = {
  new: State.New,
  learning: State.Learning,
  review: State.Review,
  relearning: State.Relearning,
};

const cardState: Record<State, CardState> = {
  [State.New]: 'new',
  [State.Learning]: 'learning',
  [State.Review]: 'review',
  [State.Relearning]: 'relearning',
};

/** What one button would do: when the card would be due again, and how long from now that is. */
export interface NextReview {
  due: number;
  intervalMs: number;
}

/**
 * FSRS scheduling (ts-fsrs, FSRS-6 with its default weights) under the student's settings. Pure: every
 * method takes the time, and the fuzz, when on, is seeded by the settings, the card and its review count.
 */
export class Scheduler {
  readonly settings: SrsSettings;
  private readonly fsrs: FSRS;

  constructor(settings: SrsSettings = defaultSrsSettings) {
    this.settings = checkSrsSettings(settings);
    this.fsrs = fsrs({
      request_retention: settings.desiredRetention,
      maximum_interval: settings.maximumIntervalDays,
      enable_fuzz: settings.fuzzSeed !== null,
      enable_short_term: true,
      learning_steps: settings.learningSteps,
      relearning_steps: settings.relearningSteps,
    });
  }

  /**
   * Grades `card` at `now` after `elapsedMs` spent on it: the card's next schedule, and the log that records
   * the rating, the time, and the schedule before and after (enough for undo and every chart).
   */
  grade(
    card: ReviewCard,
    rating: Rating,
    now: number,
    elapsedMs: number,
    source: ReviewSource = 'review',
  ): { card: ReviewCard; log: ReviewLog } {
    checkTime(now, 'now');
    if (!(elapsedMs >= 0) || !Number.isFinite(elapsedMs))
      throw new SrsError('INVALID_TIME', `time spent on card ${card.id} is ${elapsedMs} ms`);
    if (card.suspended) throw new SrsError('CARD_SUSPENDED', `card ${card.id} is suspended`);
    this.seedFuzz(card);
    const after = fromFsrs(this.fsrs.next(toFsrs(card), now, fsrsGrade[rating]).card);
    const before = scheduleOf(card);
    return {
      card: { ...card, ...after },
      log: {
        id: `${card.id}@${now}`,
        cardId: card.id,
        itemId: card.itemId,
        deckId: card.deckId,
        rating,
        source,
        reviewedAt: now,
        day: studyDay(now, this.settings),
        elapsedMs,
        before,
        after,
      },
    };
  }

  /** When each of the four buttons would bring the card back: the labels under the buttons. */
  preview(card: ReviewCard, now: number): Record<Rating, NextReview> {
    checkTime(now, 'now');
    this.seedFuzz(card);
    const options = this.fsrs.repeat(toFsrs(card), now);
    const next = (rating: Rating): NextReview => {
      const due = options[fsrsGrade[rating]].card.due.getTime();
      return { due, intervalMs: due - now };
    };
    return { again: next('again'), hard: next('hard'), good: next('good'), easy: next('easy') };
  }

  /**
   * Undoes the grading `log` recorded: the card exactly as it was before. The log carries the whole earlier
   * schedule, so this is exact where ts-fsrs's `rollback` rebuilds it from a partial log. Only the card's last
   * grading can be undone: the card must still be as that grading left it.
   */
  undo(card: ReviewCard, log: ReviewLog): ReviewCard {
    if (log.cardId !== card.id || !sameSchedule(scheduleOf(card), log.after))
      throw new SrsError('NOT_LAST_GRADING', `log ${log.id} is not the last grading of card ${card.id}`);
    return { ...card, ...log.before };
  }

  /**
   * The predicted probability of recalling the card at `at` (FSRS's forgetting curve
   * $R(t, S) = (1 + f\,t/S)^{-w_{20}}$ with $f = 0.9^{-1/w_{20}} - 1$, t in days since the last review, so
   * R = 0.9 when t = S). A card never reviewed has nothing to recall: 0.
   */
  recall(schedule: Schedule, at: number): number {
    if (schedule.lastReview === null || schedule.state === 'new') return 0;
    const elapsedDays = Math.max(0, (at - schedule.lastReview) / dayMs);
    return this.fsrs.forgetting_curve(elapsedDays, schedule.stability);
  }

  private seedFuzz(card: ReviewCard): void {
    const seed = this.settings.fuzzSeed;
    if (seed !== null) this.fsrs.useStrategy(StrategyMode.SEED, () => `${seed}:${card.id}:${card.reps}`);
  }
}

/** The scheduling part of a card (what a grading changes and a log keeps). */
export function scheduleOf(card: Schedule): Schedule {
  const { state, due, stability, difficulty, scheduledDays, learningSteps, reps, lapses, lastReview } = card;
  return { state, due, stability, difficulty, scheduledDays, learningSteps, reps, lapses, lastReview };
}

function sameSchedule(a: Schedule, b: Schedule): boolean {
  const fields = Object.keys(a) as (keyof Schedule)[];
  return fields.every((field) => a[field] === b[field]);
}

function toFsrs(schedule: Schedule): Card {
  return {
    due: new Date(schedule.due),
    stability: schedule.stability,
    difficulty: schedule.difficulty,
    elapsed_days: 0,
    scheduled_days: schedule.scheduledDays,
    learning_steps: schedule.learningSteps,
    reps: schedule.reps,
    lapses: schedule.lapses,
    state: fsrsState[schedule.state],
    ...(schedule.lastReview === null ? {} : { last_review: new Date(schedule.lastReview) }),
  };
}

function fromFsrs(card: Card): Schedule {
  return {
    state: cardState[card.state],
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    lastReview: card.last_review ? card.last_review.getTime() : null,
  };
}
