import type { DeepDrillDatabase } from './database.ts';

/**
 * The study days with anything studied: a grading, a practice attempt or a finished drill, the events the
 * Stats screen's calendar counts (stats-report.ts), so Today's streak and the Stats screen's agree. Read from
 * index keys alone (a year of logs costs no more than its days; attempts and drills by their finishing time).
 * `dayOf` is the study day of a moment. Inside a transaction over the three tables.
 */
export async function studiedDays(
  database: DeepDrillDatabase,
  dayOf: (time: number) => number,
): Promise<Set<number>> {
  const [logDays, attemptTimes, drillTimes] = await Promise.all([
    database.reviewLogs.orderBy('day').uniqueKeys(),
    database.attempts.orderBy('finishedAt').keys(),
    // Only a finished drill has a finishing time (drills.ts's writeFinished).
    database.drillSessions.orderBy('finishedAt').keys(),
  ]);
  const days = new Set(logDays as number[]);
  for (const time of [...attemptTimes, ...drillTimes] as number[]) days.add(dayOf(time));
  return days;
}

/** The tables studiedDays reads, for the transactions that call it. */
export function studiedDayTables(database: DeepDrillDatabase) {
  return [database.reviewLogs, database.attempts, database.drillSessions];
}
