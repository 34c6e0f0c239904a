import { describe, expect, it } from 'vitest';
import { applyDrillAction } from '../../../../src/shared/drill/actions.ts';
import { drillResult } from '../../../../src/shared/drill/result.ts';
import { startDrill } from '../../../../src/shared/drill/start.ts';
import { drillProgress, questionGrid, questionView } from '../../../../src/shared/drill/views.ts';
import { T0, configFor, expectDrillError, items } from './drill-fixtures.ts';

const start = () => startDrill(configFor({ kind: 'exam', limitMs: 600_000 }), items, T0, 4);

describe('navigation, marking and the question grid', () => {
  it('moves next, previous and to an index, refusing to run off either end', () => {
    let state = start();
    expectDrillError(() => applyDrillAction(state, { type: 'previous' }, T0), 'NO_PREVIOUS_QUESTION');
    state = applyDrillAction(state, { type: 'next' }, T0);
    expect(state.current).toBe(1);
    state = applyDrillAction(state, { type: 'go', question: 6 }, T0);
    expectDrillError(() => applyDrillAction(state, { type: 'next' }, T0), 'NO_NEXT_QUESTION');
    expectDrillError(() => applyDrillAction(state, { type: 'go', question: 7 }, T0), 'QUESTION_OUT_OF_RANGE');
    state = applyDrillAction(state, { type: 'previous' }, T0);
    expect(state.current).toBe(5);
  });

  it('marks and unmarks for review, and the grid shows answered, unanswered, marked and current', () => {
    let state = start();
    state = applyDrillAction(state, { type: 'choose', question: 0, option: 'A' }, T0);
    state = applyDrillAction(state, { type: 'toggle-mark', question: 0 }, T0);
    state = applyDrillAction(state, { type: 'go', question: 3 }, T0);
    state = applyDrillAction(state, { type: 'toggle-mark', question: 3 }, T0);
    expect(questionGrid(state).slice(0, 4)).toEqual([
      { index: 0, status: 'answered', marked: true, current: false },
      { index: 1, status: 'unanswered', marked: false, current: false },
      { index: 2, status: 'unanswered', marked: false, current: false },
      { index: 3, status: 'unanswered', marked: true, current: true },
    ]);
    expect(drillProgress(state)).toEqual({ total: 7, answered: 1, unanswered: 6, marked: 2 });
    state = applyDrillAction(state, { type: 'toggle-mark', question: 3 }, T0);
    expect(questionView(state).marked).toBe(false);
    expect(drillResult(applyDrillAction(state, { type: 'submit' }, T0)).questions[0]!.marked).toBe(true);
  });

  it('accounts each question’s time to the intervals it was on screen, pauses left out', () => {
    let state = start();
    state = applyDrillAction(state, { type: 'next' }, T0 + 4_000);
    state = applyDrillAction(state, { type: 'pause' }, T0 + 6_000);
    state = applyDrillAction(state, { type: 'resume' }, T0 + 60_000);
    state = applyDrillAction(state, { type: 'previous' }, T0 + 61_000);
    state = applyDrillAction(state, { type: 'submit' }, T0 + 64_000);
    const result = drillResult(state);
    expect(result.questions.slice(0, 2).map((question) => question.spentMs)).toEqual([7_000, 3_000]);
    expect(result.totalMs).toBe(10_000);
  });

  it('shows the options in their shuffled order under display letters A–D', () => {
    const state = start();
    const view = questionView(state, 2);
    expect(view.options.map((option) => option.letter)).toEqual(['A', 'B', 'C', 'D']);
    expect(view.options.map((option) => option.text)).toEqual(
      state.questions[2]!.optionOrder.map(
        (own) => items[2]!.options.find((option) => option.letter === own)!.text,
      ),
    );
    expect(view).toMatchObject({ index: 2, total: 7, itemId: 'hw2-mcq-3', multiple: false, locked: false });
  });
});
