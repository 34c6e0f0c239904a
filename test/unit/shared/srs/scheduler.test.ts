import { describe, expect, it } from 'vitest';
import { Scheduler } from '../../../../src/shared/srs/scheduler.ts';
import { suspend } from '../../../../src/shared/srs/card-actions.ts';
import { intervalParts } from '../../../../src/shared/srs/interval.ts';
import { ratings } from '../../../../src/shared/srs/review-log.ts';
import { defaultSrsSettings } from '../../../../src/shared/srs/settings.ts';
import { day, minute, newCard, noon, settings } from './srs-fixtures.ts';

const scheduler = new Scheduler(settings);

/** A card taken through its learning steps with Good, then reviewed Good `reviews` times when due. */
function matureCard(reviews: number) {
  let card = newCard('mature');
  let now = noon;
  while (card.state !== 'review' || reviews-- > 0) {
    card = scheduler.grade(card, 'good', now, 5_000).card;
    now = card.due;
  }
  return card;
}

describe('grading', () => {
  it('walks a new card through the learning steps 1m and 10m', () => {
    const preview = scheduler.preview(newCard('q'), noon);
    expect(preview.again.intervalMs).toBe(1 * minute);
    expect(preview.good.intervalMs).toBe(10 * minute);
    expect(preview.easy.intervalMs).toBeGreaterThanOrEqual(day);
    const { card, log } = scheduler.grade(newCard('q'), 'good', noon, 4_200);
    expect(card.state).toBe('learning');
    expect(card.due).toBe(noon + 10 * minute);
    const graduated = scheduler.grade(card, 'good', card.due, 3_000).card;
    expect(graduated.state).toBe('review');
    expect(graduated.scheduledDays).toBeGreaterThanOrEqual(1);
    expect(log).toMatchObject({
      id: `q@${noon}`,
      cardId: 'q',
      rating: 'good',
      source: 'review',
      elapsedMs: 4_200,
      reviewedAt: noon,
      before: { state: 'new', reps: 0, lastReview: null },
      after: { state: 'learning', reps: 1, lastReview: noon },
    });
  });

  it('previews exactly what each button then does, longer for easier buttons', () => {
    const card = matureCard(2);
    const now = card.due + day;
    const preview = scheduler.preview(card, now);
    for (const rating of ratings) {
      expect(scheduler.grade(card, rating, now, 1).card.due).toBe(preview[rating].due);
    }
    expect(preview.again.intervalMs).toBe(10 * minute);
    expect(preview.hard.intervalMs).toBeLessThan(preview.good.intervalMs);
    expect(preview.good.intervalMs).toBeLessThan(preview.easy.intervalMs);
  });

  it('an Again on a review card is a lapse into relearning, due after the relearning step', () => {
    const card = matureCard(1);
    const { card: lapsed } = scheduler.grade(card, 'again', card.due, 1);
    expect(lapsed).toMatchObject({ state: 'relearning', lapses: 1, due: card.due + 10 * minute });
  });

  it('a higher desired retention gives shorter intervals', () => {
    const card = matureCard(2);
    const strict = new Scheduler({ ...settings, desiredRetention: 0.97 });
    const loose = new Scheduler({ ...settings, desiredRetention: 0.8 });
    const interval = (s: Scheduler) => s.preview(card, card.due).good.intervalMs;
    expect(interval(strict)).toBeLessThan(interval(scheduler));
    expect(interval(scheduler)).toBeLessThan(interval(loose));
  });

  it('predicts 90% recall after one stability of days, less later, 0 for a new card', () => {
    const card = matureCard(1);
    expect(scheduler.recall(card, card.lastReview! + card.stability * day)).toBeCloseTo(0.9, 6);
    expect(scheduler.recall(card, card.lastReview! + 3 * card.stability * day)).toBeLessThan(0.9);
    expect(scheduler.recall(newCard('q'), noon)).toBe(0);
  });

  it('fuzz is off by default and, when on, seeded: the same seed the same interval', () => {
    const card = matureCard(3);
    const fuzzed = (seed: string) =>
      new Scheduler({ ...settings, fuzzSeed: seed }).preview(card, card.due).good.intervalMs;
    expect(fuzzed('a')).toBe(fuzzed('a'));
    const seeds = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map(fuzzed);
    expect(new Set(seeds).size).toBeGreaterThan(1);
    expect(scheduler.preview(card, card.due).good.intervalMs % day).toBe(0);
  });

  it('refuses a suspended card, a time that is not a number and a negative time spent', () => {
    expect(() => scheduler.grade(suspend(newCard('q')), 'good', noon, 1)).toThrow(
      expect.objectContaining({ code: 'CARD_SUSPENDED' }),
    );
    expect(() => scheduler.grade(newCard('q'), 'good', Number.NaN, 1)).toThrow(
      expect.objectContaining({ code: 'INVALID_TIME', message: 'now is NaN, not a time' }),
    );
    expect(() => scheduler.grade(newCard('q'), 'good', noon, -5)).toThrow(
      expect.objectContaining({ code: 'INVALID_TIME', message: 'time spent on card q is -5 ms' }),
    );
  });

  it('refuses settings it cannot use, naming the field', () => {
    expect(() => new Scheduler({ ...defaultSrsSettings, desiredRetention: 1 })).toThrow(
      'settings.desiredRetention is 1: must be between 0.7 and 0.99',
    );
    expect(() => new Scheduler({ ...defaultSrsSettings, newPerDay: -1 })).toThrow('settings.newPerDay is -1');
    expect(() => new Scheduler({ ...defaultSrsSettings, dayStartHour: 24 })).toThrow('settings.dayStartHour');
    expect(() => new Scheduler({ ...defaultSrsSettings, learningSteps: ['1m', '10x' as '10m'] })).toThrow(
      'settings.learningSteps is "10x"',
    );
  });
});

describe('undo', () => {
  it('restores the card exactly, whatever the rating and state', () => {
    for (const card of [newCard('q'), matureCard(0), matureCard(3)]) {
      for (const rating of ratings) {
        const graded = scheduler.grade(card, rating, card.due + 2 * day, 9_000);
        expect(scheduler.undo(graded.card, graded.log)).toEqual(card);
      }
    }
  });

  it('keeps what the grading did not change (flag, bury) and refuses a log that is not the last', () => {
    const first = scheduler.grade(newCard('q'), 'good', noon, 1);
    const second = scheduler.grade(first.card, 'good', first.card.due, 1);
    expect(() => scheduler.undo(second.card, first.log)).toThrow(
      expect.objectContaining({ code: 'NOT_LAST_GRADING' }),
    );
    expect(() => scheduler.undo(newCard('other'), first.log)).toThrow(
      expect.objectContaining({ code: 'NOT_LAST_GRADING' }),
    );
    expect(scheduler.undo({ ...second.card, flagged: true }, second.log)).toEqual({
      ...first.card,
      flagged: true,
    });
  });
});

describe('interval labels', () => {
  it('use minutes, hours, days, months and years as Anki does', () => {
    expect(intervalParts(30_000)).toEqual({ value: 1, unit: 'minutes' });
    expect(intervalParts(10 * minute)).toEqual({ value: 10, unit: 'minutes' });
    expect(intervalParts(5 * 60 * minute)).toEqual({ value: 5, unit: 'hours' });
    expect(intervalParts(3 * day)).toEqual({ value: 3, unit: 'days' });
    expect(intervalParts(45 * day)).toEqual({ value: 1.5, unit: 'months' });
    expect(intervalParts(730 * day)).toEqual({ value: 2, unit: 'years' });
  });
});
