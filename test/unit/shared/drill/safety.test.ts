import { describe, expect, it } from 'vitest';
import { abandonDrill } from '../../../../src/shared/drill/abandon.ts';
import { applyDrillAction } from '../../../../src/shared/drill/actions.ts';
import { pauseAt, remainingTime, tick } from '../../../../src/shared/drill/clock.ts';
import type { DrillState } from '../../../../src/shared/drill/drill-state.ts';
import { finishFromAnswers } from '../../../../src/shared/drill/recover.ts';
import { drillResult } from '../../../../src/shared/drill/result.ts';
import { restoreDrill } from '../../../../src/shared/drill/restore.ts';
import { checkRevision } from '../../../../src/shared/drill/revision.ts';
import { startDrill } from '../../../../src/shared/drill/start.ts';
import { MINUTE, T0, configFor, correctShown, items } from './drill-fixtures.ts';

const exam = () => startDrill(configFor({ kind: 'exam', limitMs: 10 * MINUTE }), items, T0, 8);

describe('checkRevision: one writer per drill', () => {
  it('lets a write over the stored revision through, and only a first write create a drill', () => {
    expect(checkRevision('d', { revision: 3, status: 'running' }, 3)).toBeNull();
    expect(checkRevision('d', { revision: 0, status: 'paused' }, 0)).toBeNull();
    expect(checkRevision('d', undefined, 0)).toBeNull();
    expect(checkRevision('d', undefined, 2)?.code).toBe('STALE_REVISION');
  });

  it('refuses a write based on an older or a newer revision, naming both', () => {
    const stale = checkRevision('d', { revision: 5, status: 'running' }, 4);
    expect(stale?.code).toBe('STALE_REVISION');
    expect(stale?.message).toBe('drill d: written over revision 4, but the stored one is revision 5');
    expect(checkRevision('d', { revision: 5, status: 'paused' }, 6)?.code).toBe('STALE_REVISION');
  });

  it('never reopens a closed drill, whatever the revision', () => {
    expect(checkRevision('d', { revision: 7, status: 'finished' }, 7)?.code).toBe('DRILL_FINISHED');
  });
});

describe('abandonDrill', () => {
  it('closes a running drill as abandoned, counting time only up to when it was last seen', () => {
    let state = applyDrillAction(
      exam(),
      { type: 'choose', question: 0, option: correctShown(exam(), 0) },
      T0,
    );
    state = tick(state, T0 + 90_000); // last seen 90 s in; the window then closed
    const closed = abandonDrill(state, T0 + 3_600_000);
    expect(closed).toMatchObject({
      status: 'finished',
      finishReason: 'abandoned',
      finishedAt: T0 + 3_600_000,
    });
    expect(closed.elapsedMs).toBe(90_000);
    expect(drillResult(closed)).toMatchObject({ score: 1, total: 7, finishReason: 'abandoned' });
  });

  it('keeps a paused drill its time, leaves a finished one alone, and lets a deadline win', () => {
    const paused = applyDrillAction(exam(), { type: 'pause' }, T0 + 30_000);
    expect(abandonDrill(paused, T0 + MINUTE).elapsedMs).toBe(30_000);
    const submitted = applyDrillAction(exam(), { type: 'submit' }, T0 + 5000);
    expect(abandonDrill(submitted, T0 + MINUTE)).toBe(submitted);
    const overdue = tick(exam(), T0 + 9 * MINUTE);
    const expired = { ...overdue, lastSeenAt: T0 + 11 * MINUTE };
    expect(abandonDrill(expired, T0 + 12 * MINUTE)).toMatchObject({ finishReason: 'time-up' });
  });
});

describe('the clock across a reload', () => {
  it('pauseAt accounts the running time up to then and stops the clock', () => {
    const paused = pauseAt(exam(), T0 + 4500);
    expect(paused).toMatchObject({ status: 'paused', activeSince: null, elapsedMs: 4500 });
    expect(remainingTime(paused, T0 + MINUTE)).toBe(10 * MINUTE - 4500);
  });

  it('restoreDrill pauses at a later checkpoint when given one, never at an earlier one', () => {
    const stored = JSON.parse(JSON.stringify(tick(exam(), T0 + 3000)));
    expect(restoreDrill(stored).elapsedMs).toBe(3000);
    expect(restoreDrill(stored, T0 + 4400).elapsedMs).toBe(4400);
    expect(restoreDrill(stored, T0 + 1000).elapsedMs).toBe(3000);
    expect(restoreDrill(stored, Number.NaN).elapsedMs).toBe(3000);
  });

  it('reads back an abandoned drill', () => {
    const closed = abandonDrill(exam(), T0 + MINUTE);
    expect(restoreDrill(JSON.parse(JSON.stringify(closed)))).toEqual(closed);
  });
});

describe('finishFromAnswers', () => {
  const rows = (state: DrillState, chosen: string[]) =>
    state.questions.map((question, index) => ({
      itemId: question.item.id,
      chosen: [chosen[index]!],
      spentMs: 2000,
      at: T0 + 20_000,
    }));

  it('rebuilds the finished drill from its rows: choices, times, when, and why', () => {
    const drill = startDrill(
      configFor({ kind: 'exam', limitMs: 10 * MINUTE }, { shuffleOptions: false }),
      items,
      T0,
      1,
    );
    const key = drill.questions.map((question) => question.item.answer[0]!);
    const finished = finishFromAnswers(drill, rows(drill, key));
    expect(finished).toMatchObject({
      status: 'finished',
      finishReason: 'submitted',
      finishedAt: T0 + 20_000,
    });
    expect(finished!.elapsedMs).toBe(2000 * drill.questions.length);
    expect(drillResult(finished!).score).toBe(drill.questions.length);
    const short = startDrill(configFor({ kind: 'exam', limitMs: 1000 }), items, T0, 1);
    expect(finishFromAnswers(short, rows(short, key))?.finishReason).toBe('time-up');
  });

  it('refuses rows that do not fit the drill', () => {
    const drill = exam();
    const key = drill.questions.map((question) => question.item.answer[0]!);
    expect(finishFromAnswers(drill, rows(drill, key).slice(1))).toBeNull();
    expect(finishFromAnswers(drill, rows(drill, ['Z', ...key.slice(1)]))).toBeNull();
    const other = rows(drill, key).map((row, index) => (index === 0 ? { ...row, itemId: 'nope' } : row));
    expect(finishFromAnswers(drill, other)).toBeNull();
  });
});
