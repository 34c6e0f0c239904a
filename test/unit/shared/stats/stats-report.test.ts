import { describe, expect, it } from 'vitest';
import type { Schedule } from '../../../../src/shared/srs/card.ts';
import { dayOfDate } from '../../../../src/shared/srs/study-day.ts';
import {
  statsReport,
  type StatsInput,
  type StatsOptions,
} from '../../../../src/shared/stats/stats-report.ts';
import { card, log } from './fixtures.ts';

/** Two decks, each with one reviewed card, one log each: enough for the exam parts of the report. */
const input: StatsInput = {
  logs: [
    log('2026-11-30T10:00:00Z', 'good', 'new', 0, { deckId: 'hw', itemId: 'a' }),
    log('2026-11-30T11:00:00Z', 'good', 'new', 0, { deckId: 'concepts', itemId: 'b' }),
  ],
  cards: [
    card('a', 'review', { deckId: 'hw', due: Date.parse('2026-12-04T10:00:00Z'), stability: 4 }),
    card('b', 'review', { deckId: 'concepts', due: Date.parse('2026-12-05T10:00:00Z'), stability: 8 }),
  ],
  attempts: [],
  drills: [],
  items: { a: { deckId: 'hw', tags: ['conv'] }, b: { deckId: 'concepts', tags: ['pooling'] } },
};

const december = (day: number) => dayOfDate(2026, 12, day);

function options(extra: Partial<StatsOptions>): StatsOptions {
  return {
    range: 'month',
    deckId: null,
    clock: { timeZone: 'UTC', dayStartHour: 4 },
    now: Date.parse('2026-12-02T12:00:00Z'),
    examDays: {},
    desiredRetention: 0.9,
    forecastDays: 30,
    ...extra,
  };
}

describe('the report’s exam days: each deck’s own date, set on Today', () => {
  // The recall asked for: which card, at which moment (the forgetting curve itself is the scheduler's).
  const asked: [number, number][] = [];
  const recall = (schedule: Schedule, at: number) => {
    asked.push([schedule.stability, at]);
    return schedule.stability / 10;
  };

  it('marks every exam ahead on the forecast and predicts each card at its own deck’s exam morning', () => {
    asked.length = 0;
    const report = statsReport(
      input,
      options({ examDays: { hw: december(20), concepts: december(10), old: december(1) } }),
      recall,
    );
    expect(report.exams).toEqual([
      { deckId: 'concepts', day: december(10) },
      { deckId: 'hw', day: december(20) },
    ]);
    expect(report.forecast.examDays).toEqual([december(10), december(20)]);
    // 04:00 UTC on each exam day: the study day's start.
    expect(asked).toEqual([
      [4, Date.parse('2026-12-20T04:00:00Z')],
      [8, Date.parse('2026-12-10T04:00:00Z')],
    ]);
    expect(report.examRecall?.map((topic) => [topic.tag, topic.meanRecall])).toEqual([
      ['conv', 0.4],
      ['pooling', 0.8],
    ]);
  });

  it('follows the deck filter, and has no prediction without an exam ahead', () => {
    const filtered = statsReport(
      input,
      options({ deckId: 'hw', examDays: { concepts: december(10) } }),
      recall,
    );
    expect([filtered.exams, filtered.forecast.examDays, filtered.examRecall]).toEqual([[], [], null]);
    const none = statsReport(input, options({ examDays: { hw: december(1) } }), recall);
    expect(none.examRecall).toBeNull();
  });
});
