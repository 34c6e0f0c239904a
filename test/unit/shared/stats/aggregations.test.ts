import { describe, expect, it } from 'vitest';
import { dayOfDate } from '../../../../src/shared/srs/study-day.ts';
import { studyCalendar } from '../../../../src/shared/stats/calendar.ts';
import {
  cardStateCounts,
  difficultyDistribution,
  intervalDistribution,
} from '../../../../src/shared/stats/card-states.ts';
import { forecast } from '../../../../src/shared/stats/forecast.ts';
import { trueRetention } from '../../../../src/shared/stats/retention.ts';
import { reviewsPerDay } from '../../../../src/shared/stats/reviews-per-day.ts';
import { dayReader } from '../../../../src/shared/stats/stats-clock.ts';
import { card, log } from './fixtures.ts';

const berlin = dayReader({ timeZone: 'Europe/Berlin', dayStartHour: 4 });
const october = (day: number) => dayOfDate(2026, 10, day);

describe('reviews per day: a week across the change from summer time, the day starting at 4 a.m.', () => {
  // Hand-worked: UTC time → Berlin local time → study day (a local time before 04:00 belongs to the day before).
  const week = [
    log('2026-10-21T18:00:00Z', 'good', 'new', 0, { elapsedMs: 20_000 }), // 20:00 CEST, 21st
    log('2026-10-21T23:30:00Z', 'again', 'review', 3), // 01:30 CEST on the 22nd → 21st
    log('2026-10-22T02:10:00Z', 'good', 'relearning', 0), // 04:10 CEST → 22nd
    log('2026-10-24T01:59:00Z', 'hard', 'review', 30), // 03:59 CEST → 23rd
    log('2026-10-25T02:30:00Z', 'good', 'review', 21), // 03:30 CET (after the change) → 24th
    log('2026-10-25T03:00:00Z', 'easy', 'review', 5, { elapsedMs: 5_000 }), // 04:00 CET → 25th
    log('2026-10-28T12:00:00Z', 'good', 'learning', 0), // outside the range below
  ];

  it('counts each day, split by kind, with the time spent, zeros for empty days', () => {
    const result = reviewsPerDay(week, berlin, october(21), october(27));
    expect(result.days.map((day) => day.day)).toEqual([21, 22, 23, 24, 25, 26, 27].map(october));
    const counts = result.days.map(({ counts }) => [
      counts.learning,
      counts.relearning,
      counts.young,
      counts.mature,
    ]);
    expect(counts).toEqual([
      [1, 0, 1, 0], // 21st: the new card, and the Again at 01:30 on the 22nd
      [0, 1, 0, 0], // 22nd
      [0, 0, 0, 1], // 23rd: interval 30
      [0, 0, 0, 1], // 24th: interval 21 is mature (Anki's threshold)
      [0, 0, 1, 0], // 25th
      [0, 0, 0, 0],
      [0, 0, 0, 0],
    ]);
    expect(result.days[0]!.timeMs).toEqual({ learning: 20_000, relearning: 0, young: 10_000, mature: 0 });
    expect([result.total, result.totalTimeMs, result.daysStudied]).toEqual([6, 65_000, 5]);
  });

  it('keeps a review on its day where a fixed winter offset would move it to the day before', () => {
    // 2026-10-22 02:10 UTC is 04:10 CEST, the 22nd; read at a fixed UTC+1 it would be
    // 03:10, the 21st.
    expect(berlin(Date.parse('2026-10-22T02:10:00Z'))).toBe(october(22));
  });
});

describe('the study calendar and streaks', () => {
  it('a streak broken and resumed: the current run and the longest', () => {
    const days = [1, 2, 3, 4, 5, 5, 5, 7, 8];
    const calendar = studyCalendar(days, 9);
    expect(calendar.days).toEqual([
      { day: 1, count: 1 },
      { day: 2, count: 1 },
      { day: 3, count: 1 },
      { day: 4, count: 1 },
      { day: 5, count: 3 },
      { day: 7, count: 1 },
      { day: 8, count: 1 },
    ]);
    // Today (9) has nothing yet: the run ending yesterday counts.
    expect([calendar.currentStreak, calendar.longestStreak, calendar.daysStudied]).toEqual([2, 5, 7]);
    expect(studyCalendar(days, 10).currentStreak).toBe(0);
    expect(studyCalendar([...days, 9, 10, 11, 12], 12)).toMatchObject({ currentStreak: 6, longestStreak: 6 });
  });

  it('an empty history', () => {
    expect(studyCalendar([], 5)).toEqual({ days: [], currentStreak: 0, longestStreak: 0, daysStudied: 0 });
  });
});

describe('true retention, worked by hand', () => {
  const today = october(25);
  // Only reviews of cards in long-term review count; learning and relearning steps do not.
  const logs = [
    log('2026-10-25T10:00:00Z', 'good', 'review', 3), // today, young, pass
    log('2026-10-25T11:00:00Z', 'again', 'review', 40), // today, mature, fail
    log('2026-10-25T12:00:00Z', 'again', 'learning', 0), // not counted
    log('2026-10-24T10:00:00Z', 'hard', 'review', 25), // yesterday, mature, pass (Hard passes)
    log('2026-10-24T11:00:00Z', 'again', 'review', 2), // yesterday, young, fail
    log('2026-10-20T10:00:00Z', 'easy', 'review', 10), // this week, young, pass
    log('2026-10-01T10:00:00Z', 'good', 'review', 60), // this month, mature, pass
    log('2026-03-01T10:00:00Z', 'again', 'review', 100), // this year, mature, fail
    log('2024-03-01T10:00:00Z', 'good', 'relearning', 0), // not counted
    log('2024-03-02T10:00:00Z', 'good', 'review', 8), // all time, young, pass
  ];
  const rows = Object.fromEntries(trueRetention(logs, berlin, today).map((row) => [row.period, row]));

  it('per period: passed, failed and the rate, young and mature apart', () => {
    expect(rows.today).toMatchObject({
      young: { passed: 1, failed: 0, rate: 1 },
      mature: { passed: 0, failed: 1, rate: 0 },
      total: { passed: 1, failed: 1, rate: 0.5 },
    });
    expect(rows.yesterday).toMatchObject({
      young: { passed: 0, failed: 1 },
      mature: { passed: 1, failed: 0 },
    });
    expect(rows.week!.total).toEqual({ passed: 3, failed: 2, rate: 0.6 });
    expect(rows.month!.total).toEqual({ passed: 4, failed: 2, rate: 4 / 6 });
    expect(rows.year!.mature).toEqual({ passed: 2, failed: 2, rate: 0.5 });
    expect(rows.all!.young).toEqual({ passed: 3, failed: 1, rate: 0.75 });
    expect(rows.all!.total).toEqual({ passed: 5, failed: 3, rate: 5 / 8 });
  });

  it('no reviews: no rate rather than 0 %', () => {
    expect(trueRetention([], berlin, today)[0]!.total).toEqual({ passed: 0, failed: 0, rate: null });
  });
});

describe('future due', () => {
  const today = october(21);
  const at = (iso: string) => Date.parse(iso);
  const cards = [
    card('overdue', 'review', { due: at('2026-10-10T10:00:00Z'), scheduledDays: 5 }),
    card('today', 'learning', { due: at('2026-10-21T12:00:00Z') }),
    card('tomorrow-young', 'review', { due: at('2026-10-22T12:00:00Z'), scheduledDays: 20 }),
    card('tomorrow-mature', 'review', { due: at('2026-10-22T13:00:00Z'), scheduledDays: 21 }),
    card('late', 'review', { due: at('2026-12-22T13:00:00Z'), scheduledDays: 60 }),
    card('new', 'new', { due: at('2026-10-21T12:00:00Z') }),
    card('suspended', 'review', { due: at('2026-10-21T12:00:00Z'), suspended: true }),
  ];

  it('counts each day ahead, overdue on today, new and suspended left out, the exam marked', () => {
    const result = forecast(cards, berlin, today, 7, [october(30), october(24), october(24)]);
    expect(result.days.slice(0, 2)).toEqual([
      { day: today, learning: 1, young: 1, mature: 0 },
      { day: today + 1, learning: 0, young: 1, mature: 1 },
    ]);
    expect(result.days.slice(2).every((day) => day.learning + day.young + day.mature === 0)).toBe(true);
    // The 30th is past the seven days shown; the 24th (two decks' exam) is marked once.
    expect([result.overdue, result.examDays]).toEqual([1, [october(24)]]);
    expect(forecast(cards, berlin, today, 7).examDays).toEqual([]);
  });
});

describe('card states and distributions', () => {
  const cards = [
    card('a', 'new'),
    card('b', 'learning', { difficulty: 1 }),
    card('c', 'relearning', { difficulty: 10 }),
    card('d', 'review', { scheduledDays: 1, difficulty: 5.5 }),
    card('e', 'review', { scheduledDays: 21, difficulty: 2 }),
    card('f', 'review', { scheduledDays: 400, difficulty: 9.99 }),
    card('g', 'review', { scheduledDays: 3, suspended: true }),
  ];

  it('counts where every card stands, suspended apart', () => {
    expect(cardStateCounts(cards)).toEqual({
      new: 1,
      learning: 1,
      relearning: 1,
      young: 1,
      mature: 2,
      suspended: 1,
    });
  });

  it('bins review intervals', () => {
    const bins = intervalDistribution(cards);
    expect(bins.find((bin) => bin.from === 1)!.count).toBe(1);
    expect(bins.find((bin) => bin.from === 15)!.count).toBe(1); // 21 in [15, 22)
    expect(bins.at(-1)).toEqual({ from: 366, to: Number.POSITIVE_INFINITY, count: 1 });
    expect(bins.reduce((sum, bin) => sum + bin.count, 0)).toBe(3);
  });

  it('bins difficulty as Anki shows it, (D - 1) / 9 in tens of percent', () => {
    const counts = difficultyDistribution(cards).map((bin) => bin.count);
    // D 1 → 0 %, 2 → 11 %, 5.5 → 50 %, 9.99 → 99.9 %, 10 → 100 % (last bin).
    expect(counts).toEqual([1, 1, 0, 0, 0, 1, 0, 0, 0, 2]);
  });
});
