import { dayMs, dayStart, studyDay } from '../srs/study-day.ts';

/**
 * The calendar the charts count days in: the student's IANA time zone and the hour a study day starts (Anki's
 * "next day starts at", 4 a.m. by default). Unlike the scheduler's StudyClock, whose offset is the one in force
 * now, the offset here is looked up for each moment, so a week of reviews across a daylight-saving change (or
 * a trip) still falls on the days the student lived them.
 */
export interface StatsClock {
  timeZone: string;
  dayStartHour: number;
}

const minuteMs = 60_000;
/** Offsets change on quarter hours at the finest (e.g. Nepal, Chatham Islands): one lookup per quarter hour. */
const bucketMs = 15 * minuteMs;

/** A zone's offset from UTC in minutes at a moment, from Intl (the host's time-zone database). */
function offsetReader(timeZone: string): (time: number) => number {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  });
  const cache = new Map<number, number>();
  return (time) => {
    const bucket = Math.floor(time / bucketMs);
    let offset = cache.get(bucket);
    if (offset === undefined) {
      const at = bucket * bucketMs;
      const parts = Object.fromEntries(format.formatToParts(at).map((part) => [part.type, part.value]));
      const local = Date.UTC(
        Number(parts.year),
        Number(parts.month) - 1,
        Number(parts.day),
        Number(parts.hour),
        Number(parts.minute),
      );
      offset = Math.round((local - at) / minuteMs);
      cache.set(bucket, offset);
    }
    return offset;
  };
}

/**
 * A function from a moment (epoch ms) to its study day, in the numbering of study-day.ts (days since
 * 1970-01-01 local, shifted by the start hour). Throws RangeError for a time zone Intl does not know.
 */
export function dayReader(clock: StatsClock): (time: number) => number {
  const offsetAt = offsetReader(clock.timeZone);
  return (time) => studyDay(time, { dayStartHour: clock.dayStartHour, utcOffsetMinutes: offsetAt(time) });
}

/**
 * The inverse of dayReader: the moment (epoch ms) study day `day` begins in the clock's zone (the exam morning,
 * for predicted recall). The offset is looked up at a first guess made with the offset of the day's UTC midnight,
 * then at that guess, so a day whose start hour falls after a daylight-saving change starts at the new offset.
 */
export function dayStartReader(clock: StatsClock): (day: number) => number {
  const offsetAt = offsetReader(clock.timeZone);
  const startAt = (day: number, offset: number) =>
    dayStart(day, { dayStartHour: clock.dayStartHour, utcOffsetMinutes: offset });
  return (day) => startAt(day, offsetAt(startAt(day, offsetAt(day * dayMs))));
}

/** The days from `first` to `last`, both included. */
export function dayRange(first: number, last: number): number[] {
  const days: number[] = [];
  for (let day = first; day <= last; day++) days.push(day);
  return days;
}
