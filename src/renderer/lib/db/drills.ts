import type { PastAnswer } from '../../../shared/drill/drill-config.ts';
import type { DrillState } from '../../../shared/drill/drill-state.ts';
import { drillResult, type DrillResult } from '../../../shared/drill/result.ts';
import { restoreDrill } from '../../../shared/drill/restore.ts';
import type { DeepDrillDatabase } from './database.ts';
import type { DrillSessionRecord } from './drill-records.ts';

function recordOf(state: DrillState, now: number): DrillSessionRecord {
  return {
    id: state.id,
    deckId: state.config.deckId,
    status: state.status,
    startedAt: state.startedAt,
    updatedAt: now,
    state,
  };
}

/** Saves a drill in progress (after every action, and every few seconds while its clock runs). */
export async function saveDrill(database: DeepDrillDatabase, state: DrillState, now: number): Promise<void> {
  if (state.status === 'finished')
    throw new Error(`saveDrill: drill ${state.id} is finished; use saveFinishedDrill`);
  await database.drillSessions.put(recordOf(state, now));
}

/**
 * Stores a finished drill with its result and one answer row per question, in one transaction: the history
 * and the "missed before" selection never see half a drill.
 */
export async function saveFinishedDrill(
  database: DeepDrillDatabase,
  state: DrillState,
  now: number,
): Promise<DrillResult> {
  const result = drillResult(state);
  await database.transaction('rw', database.drillSessions, database.drillAnswers, async () => {
    await database.drillSessions.put({ ...recordOf(state, now), finishedAt: result.finishedAt, result });
    await database.drillAnswers.bulkPut(
      result.questions.map((question) => ({
        sessionId: result.sessionId,
        itemId: question.itemId,
        correct: question.outcome === 'correct',
        outcome: question.outcome,
        chosen: question.chosen,
        spentMs: question.spentMs,
        at: result.finishedAt,
      })),
    );
  });
  return result;
}

/**
 * The unfinished drill, if any, checked and restored: a drill that was running when the app closed comes back
 * paused at the last moment it was seen, so the time away is not counted. A stored state that no longer reads
 * is left in place (nothing stored is deleted) and reported to the caller.
 */
export async function loadUnfinishedDrill(
  database: DeepDrillDatabase,
): Promise<{ state: DrillState } | { error: Error; id: string } | undefined> {
  const record = await database.drillSessions.where('status').anyOf('running', 'paused').last();
  if (!record) return undefined;
  try {
    return { state: restoreDrill(record.state) };
  } catch (error) {
    return { error: error instanceof Error ? error : new Error(String(error)), id: record.id };
  }
}

/** Sets an unreadable unfinished drill aside (it stays stored, marked finished without a result). */
export async function setAsideDrill(database: DeepDrillDatabase, id: string): Promise<void> {
  await database.drillSessions.update(id, { status: 'finished' });
}

/** Results of all finished drills. */
export async function finishedDrillResults(database: DeepDrillDatabase): Promise<DrillResult[]> {
  const records = await database.drillSessions.where('status').equals('finished').toArray();
  return records.flatMap((record) => (record.result ? [record.result] : []));
}

/** A finished drill's full state, for its review. */
export async function loadFinishedDrill(
  database: DeepDrillDatabase,
  id: string,
): Promise<DrillState | undefined> {
  const record = await database.drillSessions.get(id);
  return record?.status === 'finished' && record.result ? record.state : undefined;
}

export async function pastAnswers(database: DeepDrillDatabase): Promise<PastAnswer[]> {
  const rows = await database.drillAnswers.toArray();
  return rows.map(({ itemId, correct, at }) => ({ itemId, correct, at }));
}
