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
import { gradeCard, installCards } from '../../../src/renderer/lib/db/reviews.ts';
import { homework2Deck } from '../../../src/shared/deck/seed/homework2.ts';
import { T0, rowWithoutRevision, scheduler, started } from './drill-fixtures.ts';

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
    expect(await saveFinishedDrill(db, submitted, T0 + 2000, 1, scheduler)).toMatchObject({ revision: 2 });
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

describe('a finished drill feeds the review schedule (issue 13)', () => {
  const key = ['B', 'C', 'B', 'B', 'A', 'D', 'D'];
  const minute = 60_000;

  /** The homework drill answered by the key, except question 1 (answered A, not B); submitted at `at`. */
  function oneWrong(at: number): DrillState {
    let state = started(T0);
    key.forEach((letter, question) => {
      state = applyDrillAction(
        state,
        { type: 'choose', question, option: question === 0 ? 'A' : letter },
        at,
      );
      if (question < key.length - 1) state = applyDrillAction(state, { type: 'next' }, at);
    });
    return applyDrillAction(state, { type: 'submit' }, at);
  }

  async function withCards(): Promise<DeepDrillDatabase> {
    const db = fresh();
    await installCards(db, homework2Deck, T0);
    return db;
  }

  it('makes the missed MCQ due again within minutes and counts a right one as a review', async () => {
    const db = await withCards();
    // Question 2 was learned before the drill: in review, due in days.
    await gradeCard(db, scheduler, 'hw2-mcq-2', 'easy', T0, 5000);
    const before = (await db.cards.get('hw2-mcq-2'))!;
    expect(before.state).toBe('review');
    const finishedAt = T0 + 5 * minute;
    expect(await saveFinishedDrill(db, oneWrong(finishedAt), finishedAt, 0, scheduler)).toMatchObject({
      revision: 1,
    });
    const missed = (await db.cards.get('hw2-mcq-1'))!;
    expect(missed.state).toBe('learning');
    expect(missed.due).toBeLessThanOrEqual(finishedAt + minute);
    const reviewed = (await db.cards.get('hw2-mcq-2'))!;
    expect(reviewed.state).toBe('review');
    expect(reviewed.reps).toBe(before.reps + 1);
    expect(reviewed.due).toBeGreaterThan(finishedAt + 86_400_000);
    const logs = await db.reviewLogs.where('reviewedAt').equals(finishedAt).toArray();
    expect(logs).toHaveLength(7);
    expect(logs.every((log) => log.source === 'drill')).toBe(true);
    expect(logs.find((log) => log.itemId === 'hw2-mcq-1')?.rating).toBe('again');
    expect(logs.filter((log) => log.rating === 'good')).toHaveLength(6);
    const counts = await db.dayCounts.toArray();
    expect(counts.reduce((sum, row) => sum + row.newCards + row.reviews, 0)).toBe(8);
  });

  it('feeds nothing when the drill is refused as stale', async () => {
    const db = await withCards();
    const finishedAt = T0 + minute;
    await saveFinishedDrill(db, oneWrong(finishedAt), finishedAt, 0, scheduler);
    const again = await saveFinishedDrill(db, oneWrong(finishedAt), finishedAt + 1, 0, scheduler);
    expect(again).toMatchObject({ refusal: { code: 'DRILL_FINISHED' } });
    expect(await db.reviewLogs.count()).toBe(7);
  });

  it('saves the drill when a question has no card (deleted in Browse), feeding the others', async () => {
    const db = await withCards();
    await db.cards.delete('hw2-mcq-3');
    const finishedAt = T0 + minute;
    expect(await saveFinishedDrill(db, oneWrong(finishedAt), finishedAt, 0, scheduler)).toMatchObject({
      revision: 1,
    });
    expect(await db.reviewLogs.count()).toBe(6);
    expect(await db.cards.get('hw2-mcq-3')).toBeUndefined();
  });

  it('is all or nothing: a failed schedule write leaves neither the drill nor any card changed', async () => {
    const db = await withCards();
    const cards = await db.cards.toArray();
    db.reviewLogs.hook('creating', () => {
      throw new Error('injected failure of a review log');
    });
    const finishedAt = T0 + minute;
    await expect(saveFinishedDrill(db, oneWrong(finishedAt), finishedAt, 0, scheduler)).rejects.toThrow(
      'injected failure',
    );
    expect(await db.drillSessions.count()).toBe(0);
    expect(await db.drillAnswers.count()).toBe(0);
    expect(await db.cards.toArray()).toEqual(cards);
    expect(await db.dayCounts.count()).toBe(0);
  });
});
