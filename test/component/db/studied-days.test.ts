import { afterEach, describe, expect, it } from 'vitest';
import { createDatabase, type DeepDrillDatabase } from '../../../src/renderer/lib/db/database.ts';
import { studiedDays } from '../../../src/renderer/lib/db/studied-days.ts';
import { dayStart, studyDay, type StudyClock } from '../../../src/shared/srs/study-day.ts';

/** UTC+8, the day starting at 4 a.m.: 03:30 local belongs to the day before. */
const clock: StudyClock = { dayStartHour: 4, utcOffsetMinutes: 480 };
const first = 20_788;
const hour = 3_600_000;
const at = (day: number, hours: number) => dayStart(first + day, clock) + hours * hour;

let database: DeepDrillDatabase | undefined;
afterEach(async () => {
  database?.close();
  await database?.delete();
  database = undefined;
});

/** Rows with only the fields the study days are read from (the indexes'), written as they are. */
async function stored(rows: { logs: number[]; attempts: number[]; drills: (number | null)[] }) {
  database = createDatabase('studied-days');
  await database.open();
  const put = (table: string, records: object[]) => database!.table(table).bulkAdd(records);
  await put(
    'reviewLogs',
    rows.logs.map((day, index) => ({ id: `log-${index}`, cardId: 'c', itemId: 'i', day, reviewedAt: 0 })),
  );
  await put(
    'attempts',
    rows.attempts.map((finishedAt, index) => ({ id: `attempt-${index}`, itemId: 'i', finishedAt })),
  );
  await put(
    'drillSessions',
    rows.drills.map((finishedAt, index) => ({
      id: `drill-${index}`,
      status: finishedAt === null ? 'paused' : 'finished',
      ...(finishedAt === null ? {} : { finishedAt }),
    })),
  );
  return database;
}

describe('the study days', () => {
  it('are the days of the logs, attempts and finished drills, each counted once, by the study clock', async () => {
    const attempts = [
      at(3, 1), // day 3
      at(3, 20), // day 3 again: skipped over
      at(4, -0.5), // 03:30 the next morning: still day 3
      at(4, 0), // 04:00: day 4
      at(4, 0.25),
    ];
    const drills = [at(6, 5), null, at(6, 19)];
    const db = await stored({
      logs: [first, first, first, first + 2, ...Array(40).fill(first + 2)],
      attempts,
      drills,
    });
    const days = await studiedDays(db, clock);
    expect([...days].sort()).toEqual([first, first + 2, first + 3, first + 4, first + 6]);
    // The same set as every row's day, read one by one.
    const everyRow = new Set([
      ...(await db.reviewLogs.toArray()).map((log) => log.day),
      ...[...attempts, ...drills.filter((time) => time !== null)].map((time) => studyDay(time, clock)),
    ]);
    expect(days).toEqual(everyRow);
  });

  it('are none in an empty database', async () => {
    const db = await stored({ logs: [], attempts: [], drills: [] });
    expect(await studiedDays(db, clock)).toEqual(new Set());
  });
});
