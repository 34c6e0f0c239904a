import { describe, expect, it } from 'vitest';
import { applyDrillAction, finishDrill } from '../../../../src/shared/drill/actions.ts';
import type { DrillConfig } from '../../../../src/shared/drill/drill-config.ts';
import { historySummaries, pastAnswersOf } from '../../../../src/shared/drill/history.ts';
import { drillResult, retryWrongConfig } from '../../../../src/shared/drill/result.ts';
import { startDrill } from '../../../../src/shared/drill/start.ts';
import { MINUTE, T0, configFor, correctShown, items, shownAs, wrongLetter } from './drill-fixtures.ts';

/** A finished drill: question 0 right, question 1 wrong, the rest unanswered. */
function finishedDrill(config: DrillConfig, startedAt: number) {
  let state = startDrill(config, items, startedAt, 12);
  state = applyDrillAction(
    state,
    { type: 'choose', question: 0, option: correctShown(state, 0) },
    startedAt + 1_000,
  );
  state = applyDrillAction(state, { type: 'next' }, startedAt + 2_000);
  const wrong = shownAs(state, 1, wrongLetter(state.questions[1]!.item));
  state = applyDrillAction(state, { type: 'choose', question: 1, option: wrong }, startedAt + 3_000);
  return drillResult(finishDrill(state, startedAt + 4_000));
}

describe('retry the wrong ones', () => {
  it('builds a drill of exactly the wrong and unanswered questions, in the same mode', () => {
    const result = finishedDrill(configFor({ kind: 'exam', limitMs: 5 * MINUTE }, { count: 7 }), T0);
    const retry = retryWrongConfig(result)!;
    expect(retry.selection).toEqual({ kind: 'items', itemIds: items.slice(1).map((item) => item.id) });
    expect(retry.mode).toEqual({ kind: 'exam', limitMs: 5 * MINUTE });
    expect(retry.count).toBeUndefined();
    const again = startDrill(retry, items, T0 + MINUTE, 13);
    expect(again.questions.map((question) => question.item.id)).toEqual(
      items.slice(1).map((item) => item.id),
    );
  });

  it('has nothing to retry when everything was right', () => {
    let state = startDrill(
      configFor({ kind: 'practice' }, { selection: { kind: 'items', itemIds: ['hw2-mcq-5'] } }),
      items,
      T0,
      1,
    );
    state = applyDrillAction(state, { type: 'choose', question: 0, option: correctShown(state, 0) }, T0);
    expect(retryWrongConfig(drillResult(finishDrill(state, T0 + 1)))).toBeNull();
  });
});

describe('history', () => {
  it('summarises finished drills newest first with date, score, duration and mode', () => {
    const older = finishedDrill(configFor({ kind: 'per-question', limitMs: MINUTE }), T0);
    const newer = finishedDrill(configFor({ kind: 'practice' }), T0 + 86_400_000);
    expect(historySummaries([older, newer])).toEqual([
      {
        sessionId: newer.sessionId,
        deckId: 'homework2',
        startedAt: T0 + 86_400_000,
        finishedAt: T0 + 86_404_000,
        score: 1,
        total: 7,
        percent: 14,
        durationMs: 4_000,
        mode: 'practice',
        finishReason: 'submitted',
      },
      expect.objectContaining({ sessionId: older.sessionId, mode: 'per-question', startedAt: T0 }),
    ]);
  });

  it('feeds the `missed` selection from past results', () => {
    const result = finishedDrill(configFor({ kind: 'practice' }), T0);
    const missed = startDrill(
      configFor({ kind: 'practice' }, { selection: { kind: 'missed' } }),
      items,
      T0 + MINUTE,
      2,
      pastAnswersOf([result]),
    );
    expect(missed.questions.map((question) => question.item.id)).toEqual(
      items.slice(1).map((item) => item.id),
    );
  });
});
