/**
 * Study days: like Anki, a day starts at a configurable hour (4 a.m. by default), so a late-night session
 * still counts for the day it belongs to. Days are whole numbers (days since 1970-01-01 in the student's own
 * time zone, shifted by the start hour); the zone's offset is passed in, keeping this code free of the host.
 */
export interface StudyClock {
  /** The hour (0–23, local time) at which a new study day begins. */
  dayStartHour: number;
  /** The student's offset from UTC in minutes (UTC+8 is 480), as `-new Date().getTimezoneOffset()` gives. */
  utcOffsetMinutes: number;
}

export const dayMs = 86_400_000;
const hourMs = 3_600_000;
const minuteMs = 60_000;

/** The study day that `time` (epoch ms) falls in. */
export function studyDay(time: number, clock: StudyClock): number {
  return Math.floor((time + clock.utcOffsetMinutes * minuteMs - clock.dayStartHour * hourMs) / dayMs);
}

/** The moment (epoch ms) study day `day` begins. */
export function dayStart(day: number, clock: StudyClock): number {
  return day * dayMs + clock.dayStartHour * hourMs - clock.utcOffsetMinutes * minuteMs;
}

/** When the study day after the one holding `time` begins: "tomorrow" for burying and for today's reviews. */
export function nextDayStart(time: number, clock: StudyClock): number {
  return dayStart(studyDay(time, clock) + 1, clock);
}

/** The calendar date a study day is named by (its local date), for labels such as "until 12 January". */
export function calendarDate(day: number): { year: number; month: number; day: number } {
  const date = new Date(day * dayMs);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/**
 * A study day as its ISO 8601 date, `2027-01-12`: a date field's value, and the day column of the Stats tables
 * and their CSV (sortable as text).
 */
export function isoDay(day: number): string {
  const { year, month, day: date } = calendarDate(day);
  return `${year}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
}

/** The study day named by a local calendar date (the inverse of calendarDate). */
export function dayOfDate(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / dayMs);
}
