import type { ReviewCard } from '../srs/card.ts';
import { matureDays } from './review-kind.ts';
import { dayRange } from './stats-clock.ts';

export interface ForecastDay {
  day: number;
  learning: number;
  young: number;
  mature: number;
}

export interface Forecast {
  days: ForecastDay[];
  /** Cards already due before today: they are counted on today. */
  overdue: number;
  /** The study days of the exams set (one per deck at most) that fall within the forecast, in order: the markers. */
  examDays: number[];
}

/**
 * Future due (Anki's "Future due"; GLOSSARY: 到期预测): cards that fall due on each of the next `horizon` days,
 * today first, overdue ones counted on today. New and suspended cards are not due; a buried card is counted on
 * its due day as any other (it is hidden only until tomorrow). `examDays` are the exams' study days (decks can
 * have different dates); those within the forecast are kept, once each, for the chart's markers.
 */
export function forecast(
  cards: readonly ReviewCard[],
  dayOf: (time: number) => number,
  today: number,
  horizon: number,
  examDays: readonly number[] = [],
): Forecast {
  const last = today + horizon - 1;
  const days = dayRange(today, last).map((day): ForecastDay => ({ day, learning: 0, young: 0, mature: 0 }));
  let overdue = 0;
  for (const card of cards) {
    if (card.state === 'new' || card.suspended) continue;
    const due = dayOf(card.due);
    if (due > last) continue;
    if (due < today) overdue += 1;
    const entry = days[Math.max(due, today) - today]!;
    if (card.state !== 'review') entry.learning += 1;
    else if (card.scheduledDays >= matureDays) entry.mature += 1;
    else entry.young += 1;
  }
  const exams = [...new Set(examDays)].filter((day) => day >= today && day <= last).sort((a, b) => a - b);
  return { days, overdue, examDays: exams };
}
