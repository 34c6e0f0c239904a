import { abandonDrill } from '../../../shared/drill/abandon.ts';
import type { PastAnswer } from '../../../shared/drill/drill-config.ts';
import type { DrillError } from '../../../shared/drill/drill-error.ts';
import type { DrillState } from '../../../shared/drill/drill-state.ts';
import { drillResult, type DrillResult } from '../../../shared/drill/result.ts';
import { restoreDrill } from '../../../shared/drill/restore.ts';
import { checkRevision } from '../../../shared/drill/revision.ts';
import type { Scheduler } from '../../../shared/srs/scheduler.ts';
import type { SeenCheckpoint } from './clock-checkpoint.ts';
import type { DeepDrillDatabase } from './database.ts';
import { answerRows, finishedRecord, recordOf, type DrillSessionRecord } from './drill-records.ts';
import { feedDrillAnswers } from './reviews.ts';

/*
 * Every write of a drill names the revision it was based on (0 for a drill never stored) and is refused, never
 * applied, when the stored drill has moved on (src/shared/drill/revision.ts): checked and written in one
 * transaction. A refusal is an answer, not a failure: `{ refusal }` with its DrillError (STALE_REVISION or
 * DRILL_FINISHED). The first write of a drill also closes any other unfinished drill as abandoned, in that
 * same transaction, so there is never more than one drill to resume.
 */

/** A write's outcome: the revision now stored (and a finished drill's result), or why it was refused. */
export type DrillWrite = { revision: number; result?: DrillResult } | { refusal: DrillError };

/** Saves a drill in progress over revision `base`. */
export async function saveDrill(
  database: DeepDrillDatabase,
  state: DrillState,
  now: number,
  base: number,
): Promise<DrillWrite> {
  if (state.status === 'finished')
    throw new Error(`saveDrill: drill ${state.id} is finished; use saveFinishedDrill`);
  return database.transaction('rw', database.drillSessions, database.drillAnswers, async () => {
    const refusal = await checkBase(database, state, base, now);
    if (refusal) return { refusal };
    await database.drillSessions.put(recordOf(state, now, base + 1));
    return { revision: base + 1 };
  });
}

/**
 * Stores a finished drill over revision `base` with its result and its answer rows, and feeds its answers into
 * the review schedule (feedDrillAnswers: a missed question is due again soon, a right one counts as a review),
 * all in one transaction: the history, the "missed before" selection and the schedule never see half a drill,
 * and a drill refused as stale feeds nothing.
 */
export async function saveFinishedDrill(
  database: DeepDrillDatabase,
  state: DrillState,
  now: number,
  base: number,
  scheduler: Scheduler,
): Promise<DrillWrite> {
  const result = drillResult(state);
  const tables = [database.drillSessions, database.drillAnswers, database.cards, database.reviewLogs];
  return database.transaction('rw', [...tables, database.dayCounts], async () => {
    const refusal = await checkBase(database, state, base, now);
    if (refusal) return { refusal };
    await writeFinished(database, state, result, now, base + 1);
    await feedDrillAnswers(database, scheduler, answerRows(result));
    return { revision: base + 1, result };
  });
}

/**
 * Why writing `state` over `base` is refused, or null; a first write (base 0) that may go ahead also abandons
 * the other unfinished drills. Inside the write's transaction.
 */
async function checkBase(
  database: DeepDrillDatabase,
  state: DrillState,
  base: number,
  now: number,
): Promise<DrillError | null> {
  const stored = await database.drillSessions.get(state.id);
  const refusal = checkRevision(
    state.id,
    stored && { revision: stored.revision ?? 0, status: stored.status },
    base,
  );
  if (!refusal && base === 0) await abandonUnfinished(database, now, state.id);
  return refusal;
}

/**
 * Closes every unfinished drill but `keepId` as abandoned (kept in history with the answers given); one whose
 * stored state no longer reads is set aside (kept, marked finished without a result). Inside a transaction.
 */
export async function abandonUnfinished(
  database: DeepDrillDatabase,
  now: number,
  keepId?: string,
): Promise<void> {
  const unfinished = await database.drillSessions.where('status').anyOf('running', 'paused').toArray();
  for (const record of unfinished) {
    if (record.id === keepId) continue;
    let closed: DrillState;
    try {
      closed = abandonDrill(restoreDrill(record.state), now);
    } catch {
      await database.drillSessions.update(record.id, { status: 'finished', updatedAt: now });
      continue;
    }
    await writeFinished(database, closed, drillResult(closed), now, (record.revision ?? 0) + 1);
  }
}

/** Stores a finished drill, its result and its answer rows. Inside a transaction. */
export async function writeFinished(
  database: DeepDrillDatabase,
  state: DrillState,
  result: DrillResult,
  now: number,
  revision: number,
): Promise<void> {
  await database.drillSessions.put(finishedRecord(state, result, now, revision));
  await database.drillAnswers.bulkPut(answerRows(result));
}

export type UnfinishedDrill =
  { state: DrillState; revision: number } | { error: Error; id: string } | undefined;

/**
 * The most recently started unfinished drill, if any, checked and restored: a drill that was running when the
 * app closed comes back paused at the last moment it was seen (the checkpoint's, when it is of this very
 * revision), so the time away is not counted. A stored state that no longer reads is left in place (nothing
 * stored is deleted) and reported to the caller.
 */
export async function loadUnfinishedDrill(
  database: DeepDrillDatabase,
  checkpoint?: SeenCheckpoint | null,
): Promise<UnfinishedDrill> {
  const unfinished = await database.drillSessions.where('status').anyOf('running', 'paused').toArray();
  const record = unfinished.reduce<DrillSessionRecord | undefined>(
    (newest, candidate) => (newest && newest.startedAt >= candidate.startedAt ? newest : candidate),
    undefined,
  );
  if (!record) return undefined;
  const revision = record.revision ?? 0;
  const seen =
    checkpoint?.drillId === record.id && checkpoint.revision === revision ? checkpoint.seenAt : undefined;
  try {
    return { state: restoreDrill(record.state, seen), revision };
  } catch (error) {
    return { error: error instanceof Error ? error : new Error(String(error)), id: record.id };
  }
}

/** Sets an unreadable unfinished drill aside (it stays stored, marked finished without a result). */
export async function setAsideDrill(database: DeepDrillDatabase, id: string): Promise<void> {
  await database.drillSessions.update(id, { status: 'finished' });
}

/** Results of all finished drills (abandoned ones included). */
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
