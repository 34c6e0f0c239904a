import { describe, expect, it } from 'vitest';
import { dayOfDate } from '../../../../src/shared/srs/study-day.ts';
import { rangeStart, bucketDays } from '../../../../src/shared/stats/range.ts';
import { dayRange, dayReader, dayStartReader } from '../../../../src/shared/stats/stats-clock.ts';

describe('the stats clock: study days in the student’s time zone, the offset of each moment', () => {
  // Berlin leaves summer time on 2026-10-25 at 03:00 CEST (UTC+2) → 02:00 CET (UTC+1).
  const berlin = dayReader({ timeZone: 'Europe/Berlin', dayStartHour: 4 });

  it('puts a review before the start hour on the day before, on either side of the change', () => {
    // 2026-10-20 02:30 UTC is 04:30 CEST: already 20 October. With winter's offset it would read 03:30, 19 October.
    expect(berlin(Date.parse('2026-10-20T02:30:00Z'))).toBe(dayOfDate(2026, 10, 20));
    // 2026-10-24 01:30 UTC is 03:30 CEST: before 4 a.m., so still the 23rd's study day.
    expect(berlin(Date.parse('2026-10-24T01:30:00Z'))).toBe(dayOfDate(2026, 10, 23));
    // 2026-10-25 02:30 UTC is 03:30 CET (after the change): the 24th's study day.
    expect(berlin(Date.parse('2026-10-25T02:30:00Z'))).toBe(dayOfDate(2026, 10, 24));
    // 2026-10-26 03:00 UTC is 04:00 CET: the 26th begins.
    expect(berlin(Date.parse('2026-10-26T03:00:00Z'))).toBe(dayOfDate(2026, 10, 26));
    expect(berlin(Date.parse('2026-10-26T02:59:59Z'))).toBe(dayOfDate(2026, 10, 25));
  });

  it('midnight start hour and a zone east of UTC (Shanghai, no summer time)', () => {
    const shanghai = dayReader({ timeZone: 'Asia/Shanghai', dayStartHour: 0 });
    expect(shanghai(Date.parse('2026-12-01T15:59:59Z'))).toBe(dayOfDate(2026, 12, 1));
    expect(shanghai(Date.parse('2026-12-01T16:00:00Z'))).toBe(dayOfDate(2026, 12, 2));
  });

  it('finds the moment a study day starts, on either side of the change (the exam morning)', () => {
    const startOf = dayStartReader({ timeZone: 'Europe/Berlin', dayStartHour: 4 });
    // 04:00 CEST is 02:00 UTC; the 25th's 04:00 is already CET (the change was at 03:00 CEST), 03:00 UTC.
    expect(startOf(dayOfDate(2026, 10, 24))).toBe(Date.parse('2026-10-24T02:00:00Z'));
    expect(startOf(dayOfDate(2026, 10, 25))).toBe(Date.parse('2026-10-25T03:00:00Z'));
    for (const day of [dayOfDate(2026, 10, 24), dayOfDate(2026, 10, 25), dayOfDate(2027, 3, 28)]) {
      expect(berlin(startOf(day))).toBe(day);
      expect(berlin(startOf(day) - 1)).toBe(day - 1);
    }
  });

  it('refuses a time zone Intl does not know', () => {
    expect(() => dayReader({ timeZone: 'Mars/Olympus', dayStartHour: 4 })).toThrow(RangeError);
  });

  it('ranges end today; all starts at the first day with data', () => {
    expect(rangeStart('month', 100, 3)).toBe(71);
    expect(rangeStart('quarter', 100, 3)).toBe(10);
    expect(rangeStart('year', 400, 3)).toBe(36);
    expect(rangeStart('all', 100, 3)).toBe(3);
    expect(rangeStart('all', 100, null)).toBe(100);
    expect([bucketDays(71, 100), bucketDays(10, 100), bucketDays(36, 400)]).toEqual([1, 7, 30]);
    expect(dayRange(5, 7)).toEqual([5, 6, 7]);
  });
});
