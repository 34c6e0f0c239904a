import { finishFromAnswers } from '../../../shared/drill/recover.ts';
import { drillResult } from '../../../shared/drill/result.ts';
import { restoreDrill } from '../../../shared/drill/restore.ts';
import type { DeepDrillDatabase } from './database.ts';
import type { DrillAnswerRecord, DrillSessionRecord } from './drill-records.ts';
import { abandonUnfinished, writeFinished } from './drills.ts';

/** What the start-up check changed. */
export interface DrillRepair {
  /** Drills finished again from their answer rows (a stale write had put them back as unfinished). */
  recovered: number;
  /** Answer rows removed: their drill is not stored, or they do not fit it. */
  removed: number;
}

/**
 * The start-up check, for data written before revisions existed: no answer row without its finished drill,
 * and one unfinished drill at most. Rows beside an unfinished drill finish it again as it was
 * (finishFromAnswers); rows that cannot (no such drill, or rows that do not fit it) are removed. Every
 * unfinished drill but the most recently started is closed as abandoned. One transaction: all or nothing.
 */
export async function repairDrills(database: DeepDrillDatabase, now: number): Promise<DrillRepair> {
  return database.transaction('rw', database.drillSessions, database.drillAnswers, async () => {
    const repair: DrillRepair = { recovered: 0, removed: 0 };
    const rowsBySession = new Map<string, DrillAnswerRecord[]>();
    for (const row of await database.drillAnswers.toArray()) {
      rowsBySession.set(row.sessionId, [...(rowsBySession.get(row.sessionId) ?? []), row]);
    }
    for (const [sessionId, rows] of rowsBySession) {
      const record = await database.drillSessions.get(sessionId);
      if (record?.status === 'finished') continue;
      const finished = record && recoverable(record, rows);
      if (finished) {
        await writeFinished(database, finished, drillResult(finished), now, (record.revision ?? 0) + 1);
        repair.recovered++;
      } else {
        await database.drillAnswers.bulkDelete(rows.map((row) => [row.sessionId, row.itemId]));
        repair.removed += rows.length;
      }
    }
    const unfinished = await database.drillSessions.where('status').anyOf('running', 'paused').toArray();
    const newest = unfinished.sort((first, second) => second.startedAt - first.startedAt)[0];
    if (newest) await abandonUnfinished(database, now, newest.id);
    return repair;
  });
}

function recoverable(record: DrillSessionRecord, rows: DrillAnswerRecord[]) {
  try {
    return finishFromAnswers(restoreDrill(record.state), rows);
  } catch {
    return null;
  }
}
