import { describe, expect, it } from 'vitest';
import { buryUntilTomorrow, setFlag, suspend } from '../../../../src/shared/srs/card-actions.ts';
import type { ReviewCard } from '../../../../src/shared/srs/card.ts';
import { countReview, countsFromLogs, emptyDayCounts } from '../../../../src/shared/srs/day-counts.ts';
import { todayQueue } from '../../../../src/shared/srs/queue.ts';
import type { ReviewLog } from '../../../../src/shared/srs/review-log.ts';
import { Scheduler } from '../../../../src/shared/srs/scheduler.ts';
import { calendarDate, dayOfDate, dayStart, isoDay, studyDay } from '../../../../src/shared/srs/study-day.ts';
import {
  defaultCardMs,
  historyOf,
  meanCardMs,
  streak,
  todayNumbers,
} from '../../../../src/shared/srs/today.ts';
import { day, hour, minute, newCard, noon, settings } from './srs-fixtures.ts';

const scheduler = new Scheduler(settings);
const today = studyDay(noon, settings);

/** A card in review state, due at `due`, and one in learning due at `due`. */
function reviewCard(id: string, due: number): ReviewCard {
  return {
    ...newCard(id),
    state: 'review',
    due,
    stability: 5,
    difficulty: 5,
    reps: 3,
    lastReview: due - 5 * day,
  };
}

describe('study days', () => {
  it('name calendar dates and back, for "until 12 January"', () => {
    const exam = dayOfDate(2027, 1, 12);
    expect(calendarDate(exam)).toEqual({ year: 2027, month: 1, day: 12 });
    expect(studyDay(dayStart(exam, settings) + hour, settings)).toBe(exam);
  });

  it('read as ISO dates, zero-padded, across a year’s end and a leap day', () => {
    expect(isoDay(dayOfDate(2027, 1, 2))).toBe('2027-01-02');
    expect(isoDay(dayOfDate(2026, 12, 31))).toBe('2026-12-31');
    expect(isoDay(dayOfDate(2028, 2, 29))).toBe('2028-02-29');
    expect(isoDay(0)).toBe('1970-01-01');
    expect(isoDay(-1)).toBe('1969-12-31');
  });

  it('start at the configured hour in the student’s zone: 4 a.m. in Beijing is 20:00 UTC the day before', () => {
    expect(dayStart(today, settings)).toBe(Date.UTC(2026, 10, 30, 20));
    expect(studyDay(Date.UTC(2026, 10, 30, 19, 59), settings)).toBe(today - 1);
    expect(studyDay(Date.UTC(2026, 10, 30, 20), settings)).toBe(today);
  });
});

describe('day counts', () => {
  it('count a grading by the state before it, and undo takes exactly the same away', () => {
    let counts = emptyDayCounts('concepts', today);
    let card = newCard('q');
    const logs: ReviewLog[] = [];
    for (const rating of ['good', 'again', 'good', 'good'] as const) {
      const graded = scheduler.grade(card, rating, Math.max(noon, card.due), 7_000);
      const before = counts;
      counts = countReview(counts, graded.log);
      expect(countReview(counts, graded.log, -1)).toEqual(before);
      card = graded.card;
      logs.push(graded.log);
    }
    expect(counts).toMatchObject({ newCards: 1, learning: 3, reviews: 0, timeMs: 28_000 });
    expect(counts.ratings).toEqual({ again: 1, hard: 0, good: 3, easy: 0 });
    expect(countsFromLogs('concepts', today, logs)).toEqual(counts);
  });

  it('refuse a log of another deck or day', () => {
    const { log } = scheduler.grade(newCard('q'), 'good', noon, 1);
    expect(() => countReview(emptyDayCounts('concepts', today + 1), log)).toThrow(
      expect.objectContaining({ code: 'COUNTS_MISMATCH' }),
    );
    expect(() => countReview(emptyDayCounts('homework2', today), log)).toThrow(
      expect.objectContaining({ code: 'COUNTS_MISMATCH' }),
    );
  });
});

describe('the queue for today', () => {
  const learning: ReviewCard = { ...reviewCard('learn', noon - minute), state: 'learning' };
  const cards = [
    newCard('new-2', 2),
    reviewCard('review-late', noon + 6 * hour),
    newCard('new-1', 1),
    learning,
    reviewCard('review-overdue', noon - 2 * day),
    reviewCard('review-tomorrow', dayStart(today + 1, settings)),
    newCard('other-deck', 0, 'homework2'),
  ];

  it('shows due learning first, then reviews due today (most overdue first), then new in deck order', () => {
    const queue = todayQueue(cards, emptyDayCounts('concepts', today), noon, settings);
    expect(queue.order.map((card) => card.id)).toEqual([
      'learn',
      'review-overdue',
      'review-late',
      'new-1',
      'new-2',
    ]);
  });

  it('keeps to the daily limits, counting what was done today already', () => {
    const limited = { ...settings, newPerDay: 3, reviewsPerDay: 3 };
    const counts = { ...emptyDayCounts('concepts', today), newCards: 2, reviews: 2 };
    const queue = todayQueue(cards, counts, noon, limited);
    expect(queue.reviews.map((card) => card.id)).toEqual(['review-overdue']);
    expect(queue.fresh.map((card) => card.id)).toEqual(['new-1']);
    const done = { ...counts, newCards: 5, reviews: 9 };
    expect(todayQueue(cards, done, noon, limited).order.map((card) => card.id)).toEqual(['learn']);
  });

  it('leaves out suspended cards, and buried ones until the next day starts at 4 a.m.', () => {
    const buried = buryUntilTomorrow(reviewCard('review-overdue', noon - 2 * day), noon, settings);
    const hidden = [suspend(newCard('new-1', 1)), buried, setFlag(newCard('new-2', 2), true)];
    const ids = (now: number) =>
      todayQueue(hidden, emptyDayCounts('concepts', studyDay(now, settings)), now, settings).order.map(
        (card) => card.id,
      );
    expect(ids(noon)).toEqual(['new-2']);
    expect(buried.buriedUntil).toBe(dayStart(today + 1, settings));
    expect(ids(dayStart(today + 1, settings) - 1)).toEqual(['new-2']);
    expect(ids(dayStart(today + 1, settings))).toEqual(['review-overdue', 'new-2']);
  });
});

describe('the queue: learning ahead and sibling cards', () => {
  it('keeps a learning card due within 20 minutes apart, after everything else (not before it is due)', () => {
    const soon: ReviewCard = { ...reviewCard('soon', noon + 5 * minute), state: 'learning' };
    const queue = todayQueue([soon, newCard('new-1', 1)], emptyDayCounts('concepts', today), noon, settings);
    expect(queue.learning).toEqual([]);
    expect(queue.learningAhead.map((card) => card.id)).toEqual(['soon']);
    expect(queue.order.map((card) => card.id)).toEqual(['new-1', 'soon']);
  });

  it('buries the new and review cards of a cloze item for the day once one of its deletions is graded', () => {
    const cloze = (number: number): ReviewCard => ({
      ...newCard(`c#c${number}`),
      itemId: 'c',
      cloze: number,
    });
    const graded: ReviewCard = {
      ...cloze(1),
      state: 'learning',
      due: noon - minute,
      lastReview: noon - hour,
    };
    const review: ReviewCard = { ...reviewCard('c#c3', noon - day), itemId: 'c', cloze: 3 };
    const cards = [graded, cloze(2), review, newCard('other', 5)];
    const ids = (now: number) =>
      todayQueue(cards, emptyDayCounts('concepts', studyDay(now, settings)), now, settings).order.map(
        (card) => card.id,
      );
    expect(ids(noon)).toEqual(['c#c1', 'other']);
    // The next study day they are back (the graded one is due, the others as scheduled).
    expect(ids(dayStart(today + 1, settings))).toEqual(['c#c1', 'c#c3', 'c#c2', 'other']);
  });
});

describe('the queue with an exam plan', () => {
  it("adds the plan's cards for today: an early review after the due ones, a new card beyond the limit", () => {
    const early = { ...reviewCard('early', noon + 5 * day), lastReview: noon - 3 * day };
    const done = { ...reviewCard('done', noon + 5 * day), lastReview: noon - hour };
    const cards = [early, done, reviewCard('due', noon - day), newCard('new-1', 1), newCard('new-2', 2)];
    const limited = { ...settings, newPerDay: 1 };
    const planned = new Set(['early', 'done', 'new-2']);
    const queue = todayQueue(cards, emptyDayCounts('concepts', today), noon, limited, planned);
    expect(queue.reviews.map((card) => card.id)).toEqual(['due', 'early']);
    expect(queue.fresh.map((card) => card.id)).toEqual(['new-1', 'new-2']);
    expect(
      todayQueue(cards, emptyDayCounts('concepts', today), noon, limited).order.map((c) => c.id),
    ).toEqual(['due', 'new-1']);
  });
});

describe("Today's numbers", () => {
  it('count per deck and estimate the minutes from the mean time per card per day', () => {
    const cards = [
      { ...reviewCard('learn', noon + 3 * hour), state: 'learning' as const },
      reviewCard('due', noon),
      newCard('new'),
      newCard('hw', 0, 'homework2'),
    ];
    const numbers = todayNumbers(['concepts', 'homework2'], cards, [], historyOf([]), noon, settings);
    expect(numbers.decks).toEqual([
      { deckId: 'concepts', learning: 1, reviews: 1, fresh: 1 },
      { deckId: 'homework2', learning: 0, reviews: 0, fresh: 1 },
    ]);
    expect(numbers.minutes).toBe(Math.ceil((4 * defaultCardMs) / 60_000));
    expect(numbers.streak).toBe(0);
  });

  it('the mean time per card sums a card’s gradings of one day', () => {
    const first = scheduler.grade(newCard('a'), 'good', noon, 20_000);
    const second = scheduler.grade(first.card, 'good', first.card.due, 10_000);
    const other = scheduler.grade(newCard('b'), 'easy', noon, 90_000);
    expect(meanCardMs([first.log, second.log, other.log])).toBe(60_000);
    expect(meanCardMs([])).toBe(defaultCardMs);
  });

  it('the streak counts days in a row up to today, or up to yesterday while today is still empty', () => {
    const on = (offset: number) => ({
      ...scheduler.grade(newCard('q'), 'good', noon, 1).log,
      day: today + offset,
    });
    expect(streak(historyOf([on(0), on(-1), on(-2), on(-4)]).studiedDays, today)).toBe(3);
    expect(streak(new Set([today - 1, today - 2]), today)).toBe(2);
    expect(streak(new Set([today - 2]), today)).toBe(0);
  });

  it('the minutes come from the history’s time per card', () => {
    const cards = [newCard('a'), newCard('b'), newCard('c')];
    const history = { cardMs: 50_000, studiedDays: new Set([today]) };
    expect(todayNumbers(['concepts'], cards, [], history, noon, settings)).toMatchObject({
      minutes: 3,
      streak: 1,
    });
  });
});
