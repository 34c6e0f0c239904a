import { studyCalendar, type StudyCalendar } from '../../../shared/stats/calendar.ts';
import { forecast, type Forecast } from '../../../shared/stats/forecast.ts';
import type { ReviewCard } from '../../../shared/srs/card.ts';

/** Days Today's small forecast looks ahead: two weeks, the Stats screen shows the month. */
export const forecastDays = 14;

/** What the forecast and streak are made from: Today's own read (lib/db/today.ts), not a second one. */
export interface ProgressRows {
  cards: readonly ReviewCard[];
  studiedDays: ReadonlySet<number>;
  /** The study day of a moment, under the settings in force. */
  dayOf: (time: number) => number;
  today: number;
}

/**
 * Today's small forecast and streak, from the Stats screen's aggregations (src/shared/stats: forecast and
 * studyCalendar) over the decks' cards and the study days, counted in the scheduler's study days as Today's
 * numbers are. The Today store shows it from the rows it read for its numbers.
 */
export class TodayProgress {
  forecast = $state.raw<Forecast | null>(null);
  calendar = $state.raw<StudyCalendar | null>(null);
  #rows: ProgressRows | null = null;

  /** Shows the rows; `examDays` are the decks' exams, marked on the forecast. */
  show = (rows: ProgressRows, examDays: readonly number[]): void => {
    this.#rows = rows;
    this.forecast = forecast(rows.cards, rows.dayOf, rows.today, forecastDays, examDays);
    this.calendar = studyCalendar(rows.studiedDays, rows.today);
  };

  /** Marks other exam days on the same rows (an exam date set or cleared). */
  markExams = (examDays: readonly number[]): void => {
    if (this.#rows) this.show(this.#rows, examDays);
  };
}
