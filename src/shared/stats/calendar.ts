import { streak } from '../srs/today.ts';

export interface StudyCalendar {
  /** Reviews per study day, days with none left out, in day order. */
  days: { day: number; count: number }[];
  /** Consecutive days with a review ending today (or yesterday while today has none yet), as Today shows. */
  currentStreak: number;
  longestStreak: number;
  daysStudied: number;
}

/**
 * The calendar heatmap's data and the streaks (Anki's "Calendar"; GLOSSARY: 学习热力图, 连续学习天数), from the
 * study days of every event that counts as studying (review logs, drill answers, practice attempts: the caller
 * passes their days).
 */
export function studyCalendar(eventDays: Iterable<number>, today: number): StudyCalendar {
  const counts = new Map<number, number>();
  for (const day of eventDays) counts.set(day, (counts.get(day) ?? 0) + 1);
  const days = [...counts.entries()].map(([day, count]) => ({ day, count })).sort((a, b) => a.day - b.day);
  let longest = 0;
  let run = 0;
  let previous: number | null = null;
  for (const { day } of days) {
    run = previous !== null && day === previous + 1 ? run + 1 : 1;
    longest = Math.max(longest, run);
    previous = day;
  }
  return {
    days,
    currentStreak: streak(new Set(counts.keys()), today),
    longestStreak: longest,
    daysStudied: days.length,
  };
}
