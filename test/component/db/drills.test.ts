import { afterEach, describe, expect, it } from 'vitest';
import { applyDrillAction } from '../../../src/shared/drill/actions.ts';
import { tick } from '../../../src/shared/drill/clock.ts';
import type { DrillState } from '../../../src/shared/drill/drill-state.ts';
import { createDatabase, type DeepDrillDatabase } from '../../../src/renderer/lib/db/database.ts';
import {
  type DrillWrite,
  loadUnfinishedDrill,
  saveDrill,
  saveFinishedDrill,
} from '../../../src/renderer/lib/db/drills.ts';
import { T0, rowWithoutRevision, started } from './drill-fixtures.ts';

let database: DeepDrillDatabase;
let counter = 0;
afterEach(async () => {
  database.close();
  await database.delete();
});

function fresh(): DeepDrillDatabase {
  database = createDatabase(`drills-test-${++counter}`);
  return database;
}

const choose = (state: DrillState, letter: string, at: number) =>
  applyDrillAction(state, { type: 'choose', question: state.current, option: letter }, at);
const revisionOf = (write: DrillWrite) => ('revision' in write ? write.revision : write.refusal.code);

describe('drill writes: one writer per drill', () => {
  it('counts revisions and refuses a write over a stale one, leaving the stored drill as it was', async () => {
    const db = fresh();
    const drill = started(T0);
    expect(revisionOf(await saveDrill(db, drill, T0, 0))).toBe(1);
    const mine = choose(drill, 'B', T0 + 1000);
    expect(revisionOf(await saveDrill(db, mine, T0 + 1000, 1))).toBe(2);
    const theirs = choose(drill, 'C', T0 + 2000); // another window, still at revision 1
    const refused = await saveDrill(db, theirs, T0 + 2000, 1);
    expect(refused).toMatchObject({ refusal: { code: 'STALE_REVISION' } });
    const stored = await db.drillSessions.get(drill.id);
    expect(stored?.revision).toBe(2);
    expect(stored?.state.questions[0]?.chosen).toEqual(['B']);
  });

  it('never writes a finished drill back as running (issue 12, item 1)', async () => {
    const db = fresh();
    const drill = started(T0);
    await saveDrill(db, drill, T0, 0);
    const submitted = applyDrillAction(choose(drill, 'B', T0 + 1000), { type: 'submit' }, T0 + 2000);
    expect(await saveFinishedDrill(db, submitted, T0 + 2000, 1)).toMatchObject({ revision: 2 });
    const late = await saveDrill(db, tick(drill, T0 + 5000), T0 + 5000, 1);
    expect(late).toMatchObject({ refusal: { code: 'DRILL_FINISHED' } });
    expect(await db.drillSessions.get(drill.id)).toMatchObject({ status: 'finished', result: { score: 1 } });
    expect(await db.drillAnswers.where('sessionId').equals(drill.id).count()).toBe(7);
    expect(await loadUnfinishedDrill(db)).toBeUndefined();
  });

  it('writes over a row stored before revisions existed as revision 0', async () => {
    const db = fresh();
    const drill = started(T0);
    await db.drillSessions.put(rowWithoutRevision(drill));
    expect(await loadUnfinishedDrill(db)).toMatchObject({ revision: 0 });
    expect(revisionOf(await saveDrill(db, drill, T0 + 10, 0))).toBe(1);
  });
});

describe('a new drill closes the unfinished one (issue 12, item 2)', () => {
  it('abandons it in the first write of the new one, keeping its answers, and resumes the new one', async () => {
    const db = fresh();
    const old = choose(started(T0), 'B', T0 + 1000);
    await saveDrill(db, old, T0 + 1000, 0);
    const newer = started(T0 + 60_000, 2);
    await saveDrill(db, newer, T0 + 60_000, 0);
    const closed = await db.drillSessions.get(old.id);
    expect(closed).toMatchObject({ status: 'finished', revision: 2, result: { finishReason: 'abandoned' } });
    expect(closed?.result?.score).toBe(1);
    // Only the question answered: the unanswered ones were never attempted, not missed.
    const rows = await db.drillAnswers.toArray();
    expect(rows.map((row) => [row.sessionId, row.itemId, row.correct])).toEqual([
      [old.id, 'hw2-mcq-1', true],
    ]);
    const unfinished = await loadUnfinishedDrill(db);
    expect(unfinished && 'state' in unfinished && unfinished.state.id).toBe(newer.id);
  });

  it('offers the most recently started of several unfinished drills left by an older release', async () => {
    const db = fresh();
    const older = started(T0);
    const newer = applyDrillAction(started(T0 + 60_000, 2), { type: 'pause' }, T0 + 61_000);
    await db.drillSessions.bulkPut([rowWithoutRevision(newer), rowWithoutRevision(older)]);
    const unfinished = await loadUnfinishedDrill(db);
    expect(unfinished && 'state' in unfinished && unfinished.state.id).toBe(newer.id);
  });
});

describe('the clock checkpoint (issue 12, item 3)', () => {
  it('pauses the drill where the closing window last saw it, only if the stored revision is that state', async () => {
    const db = fresh();
    const drill = tick(started(T0), T0 + 3000);
    await saveDrill(db, drill, T0 + 3000, 0);
    const checkpoint = { drillId: drill.id, revision: 1, seenAt: T0 + 3900 };
    expect(await loadUnfinishedDrill(db, checkpoint)).toMatchObject({ state: { elapsedMs: 3900 } });
    expect(await loadUnfinishedDrill(db, { ...checkpoint, revision: 2 })).toMatchObject({
      state: { elapsedMs: 3000 },
    });
    expect(await loadUnfinishedDrill(db, { ...checkpoint, drillId: 'other' })).toMatchObject({
      state: { elapsedMs: 3000 },
    });
  });
});
