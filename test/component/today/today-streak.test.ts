import { describe, expect, it } from 'vitest';
import { readStatsInput } from '../../../src/renderer/features/stats/stats-source.ts';
import { TodayProgress } from '../../../src/renderer/features/today/today-progress.svelte.ts';
import { createDatabase } from '../../../src/renderer/lib/db/database.ts';
import type { DrillSessionRecord } from '../../../src/renderer/lib/db/drill-records.ts';
import { loadToday } from '../../../src/renderer/lib/db/today.ts';
import type { DrillResult } from '../../../src/shared/drill/result.ts';
import { defaultSrsSettings } from '../../../src/shared/srs/settings.ts';
import { studyDay } from '../../../src/shared/srs/study-day.ts';
import { statsReport } from '../../../src/shared/stats/stats-report.ts';
import { attempt, card, log } from '../../unit/shared/stats/fixtures.ts';

// UTC+8, the day starting at 4 a.m.: the settings Today counts in, and the zone the Stats screen reads.
const settings = { ...defaultSrsSettings, utcOffsetMinutes: 480, dayStartHour: 4 };
const now = Date.UTC(2026, 11, 5, 4); // 12:00 on 5 December in Beijing

/** A finished drill's row, as writeFinished stores it: only its finishing time matters to a streak. */
function finishedDrill(id: string, finishedAt: number): DrillSessionRecord {
  return {
    id,
    deckId: 'deck',
    status: 'finished',
    startedAt: finishedAt - 60_000,
    updatedAt: finishedAt,
    finishedAt,
    state: {} as DrillSessionRecord['state'],
    result: {
      sessionId: id,
      finishedAt,
      score: 1,
      total: 1,
      config: { deckId: 'deck', mode: { kind: 'practice' } },
    } as unknown as DrillResult,
  };
}

describe('the streak on Today and on the Stats screen', () => {
  it('counts the same days: a review, a practice problem or a drill each make a day studied', async () => {
    const database = createDatabase('today-streak');
    await database.cards.put(card('c', 'review', { deckId: 'deck', due: now + 86_400_000 }));
    // Beijing days: a drill on the 2nd, reviews on the 3rd, a practice problem on the 4th, then one today.
    await database.drillSessions.put(finishedDrill('drill', Date.UTC(2026, 11, 2, 10)));
    await database.reviewLogs.put(log('2026-12-03T10:00:00Z', 'good', 'review', 3, { day: 20790 }));
    await database.attempts.bulkPut([
      attempt('conv-params', '2026-12-04T10:00:00Z', 1),
      attempt('conv-params', '2026-12-05T02:00:00Z', 1),
    ]);

    const today = await loadToday(database, ['deck'], now, settings);
    const progress = new TodayProgress();
    const dayOf = (time: number) => studyDay(time, settings);
    progress.show({ ...today, dayOf, today: dayOf(now) }, []);
    const report = statsReport(
      await readStatsInput(database),
      {
        range: 'month',
        deckId: null,
        clock: { timeZone: 'Asia/Shanghai', dayStartHour: 4 },
        now,
        examDays: {},
        desiredRetention: 0.9,
        forecastDays: 30,
      },
      () => 1,
    );

    expect(report.calendar.currentStreak).toBe(4);
    expect(today.numbers.streak).toBe(report.calendar.currentStreak);
    expect(progress.calendar?.currentStreak).toBe(report.calendar.currentStreak);
    expect(progress.calendar?.daysStudied).toBe(report.calendar.daysStudied);
  });
});
