import { studyCalendar, type StudyCalendar } from '../../../shared/stats/calendar.ts';
import { forecast, type Forecast } from '../../../shared/stats/forecast.ts';
import { studyDay } from '../../../shared/srs/study-day.ts';
import type { DeepDrillDatabase } from '../../lib/db/index.ts';
import { loadProgressRows } from '../../lib/db/progress.ts';
import type { SchedulingSource } from '../../lib/scheduling.svelte.ts';

export interface TodayProgressDependencies {
  database: DeepDrillDatabase;
  scheduling: SchedulingSource;
  clock: () => number;
}

/** Days Today's small forecast looks ahead: two weeks, the Stats screen shows the month. */
export const forecastDays = 14;

/**
 * Today's small forecast and streak, from the Stats screen's aggregations (src/shared/stats: forecast and
 * studyCalendar) over the cards and study days, counted in the scheduler's study days as Today's numbers are.
 */
export class TodayProgress {
  forecast = $state.raw<Forecast | null>(null);
  calendar = $state.raw<StudyCalendar | null>(null);

  constructor(private readonly dependencies: TodayProgressDependencies) {}

  /** Reads the decks' cards and the study days again; `examDays` are the decks' exams, marked on the forecast. */
  load = async (deckIds: readonly string[], examDays: readonly number[]): Promise<void> => {
    const { database, scheduling, clock } = this.dependencies;
    const settings = scheduling.scheduler.settings;
    const dayOf = (time: number) => studyDay(time, settings);
    const today = dayOf(clock());
    const rows = await loadProgressRows(database, deckIds, dayOf);
    this.forecast = forecast(rows.cards, dayOf, today, forecastDays, examDays);
    this.calendar = studyCalendar(rows.studiedDays, today);
  };
}
