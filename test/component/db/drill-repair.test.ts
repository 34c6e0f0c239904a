import { afterEach, describe, expect, it } from 'vitest';
import { applyDrillAction } from '../../../src/shared/drill/actions.ts';
import type { DrillState } from '../../../src/shared/drill/drill-state.ts';
import { createDatabase, type DeepDrillDatabase } from '../../../src/renderer/lib/db/database.ts';
import { repairDrills } from '../../../src/renderer/lib/db/drill-repair.ts';
import { loadUnfinishedDrill, saveFinishedDrill } from '../../../src/renderer/lib/db/drills.ts';
import { T0, rowWithoutRevision, scheduler, started } from './drill-fixtures.ts';

const key = ['B', 'C', 'B', 'B', 'A', 'D', 'D'];

let database: DeepDrillDatabase;
let counter = 0;
afterEach(async () => {
  database.close();
  await database.delete();
});

function answeredAll(state: DrillState): DrillState {
  let next = state;
  key.forEach((letter, question) => {
    const at = T0 + 1000 * (question + 1);
    next = applyDrillAction(next, { type: 'choose', question, option: letter }, at);
    next = applyDrillAction(next, question === key.length - 1 ? { type: 'submit' } : { type: 'next' }, at);
  });
  return next;
}

describe('the start-up repair of drills', () => {
  it('finishes again a result that a stale window wrote back as running (issue 12, item 1)', async () => {
    database = createDatabase(`repair-${++counter}`);
    const drill = started(T0);
    await saveFinishedDrill(database, answeredAll(drill), T0 + 7000, 0, scheduler);
    // The other window's regular save, as the release before revisions did it: the whole row replaced.
    const stale = applyDrillAction(drill, { type: 'choose', question: 0, option: 'B' }, T0 + 9000);
    await database.drillSessions.put(rowWithoutRevision(stale));

    expect(await repairDrills(database, T0 + 60_000)).toEqual({ recovered: 1, removed: 0 });
    const record = await database.drillSessions.get(drill.id);
    expect(record).toMatchObject({ status: 'finished', result: { score: 7, total: 7 } });
    expect(record?.result?.finishedAt).toBe(T0 + 7000);
    expect(await database.drillAnswers.count()).toBe(7);
    expect(await loadUnfinishedDrill(database)).toBeUndefined();
    expect(await repairDrills(database, T0 + 70_000)).toEqual({ recovered: 0, removed: 0 });
  });

  it('removes answer rows whose drill is gone or that do not fit it', async () => {
    database = createDatabase(`repair-${++counter}`);
    const drill = started(T0);
    const row = { correct: true, outcome: 'correct' as const, chosen: ['B'], spentMs: 1000, at: T0 };
    await database.drillAnswers.bulkPut([
      { ...row, sessionId: 'gone', itemId: 'hw2-mcq-1' },
      { ...row, sessionId: drill.id, itemId: 'hw2-mcq-1' }, // one row for a drill of seven questions
    ]);
    await database.drillSessions.put(rowWithoutRevision(drill));
    expect(await repairDrills(database, T0 + 60_000)).toEqual({ recovered: 0, removed: 2 });
    expect(await database.drillAnswers.count()).toBe(0);
    expect(await loadUnfinishedDrill(database)).toMatchObject({ state: { id: drill.id } });
  });

  it('keeps only the newest of several unfinished drills, closing the others as abandoned', async () => {
    database = createDatabase(`repair-${++counter}`);
    const older = applyDrillAction(started(T0), { type: 'choose', question: 0, option: 'B' }, T0 + 1000);
    const newer = started(T0 + 60_000, 2);
    await database.drillSessions.bulkPut([rowWithoutRevision(newer), rowWithoutRevision(older)]);
    await repairDrills(database, T0 + 120_000);
    expect(await database.drillSessions.get(older.id)).toMatchObject({
      status: 'finished',
      result: { finishReason: 'abandoned', score: 1 },
    });
    expect(await database.drillSessions.get(newer.id)).toMatchObject({ status: 'running' });
  });
});
