import { describe, expect, it } from 'vitest';
import { applyDrillAction } from '../../../../src/shared/drill/actions.ts';
import { elapsedTime, questionTimeSpent, remainingTime, tick } from '../../../../src/shared/drill/clock.ts';
import { drillResult } from '../../../../src/shared/drill/result.ts';
import { startDrill } from '../../../../src/shared/drill/start.ts';
import { questionGrid } from '../../../../src/shared/drill/views.ts';
import { MINUTE, T0, configFor, correctShown, expectDrillError, items } from './drill-fixtures.ts';

describe('exam mode: one countdown for the whole drill', () => {
  const start = () => startDrill(configFor({ kind: 'exam', limitMs: 5 * MINUTE }), items, T0, 3);

  it('counts down across questions', () => {
    let state = start();
    expect(remainingTime(state, T0)).toBe(5 * MINUTE);
    state = applyDrillAction(state, { type: 'next' }, T0 + MINUTE);
    expect(remainingTime(state, T0 + 90_000)).toBe(3.5 * MINUTE);
  });

  it('submits itself at zero, accounted at the deadline even when ticked late, keeping the answers', () => {
    let state = start();
    state = applyDrillAction(
      state,
      { type: 'choose', question: 0, option: correctShown(state, 0) },
      T0 + 10_000,
    );
    state = applyDrillAction(state, { type: 'next' }, T0 + MINUTE);
    expect(tick(state, T0 + 5 * MINUTE - 1).status).toBe('running');
    const finished = tick(state, T0 + 5 * MINUTE + 7_000);
    expect(finished.status).toBe('finished');
    expect(finished.finishReason).toBe('time-up');
    expect(finished.finishedAt).toBe(T0 + 5 * MINUTE);
    expect(remainingTime(finished, T0 + 9 * MINUTE)).toBe(0);
    const result = drillResult(finished);
    expect(result.totalMs).toBe(5 * MINUTE);
    expect(result.score).toBe(1);
    expect(result.questions.map((question) => question.spentMs)).toEqual([MINUTE, 4 * MINUTE, 0, 0, 0, 0, 0]);
  });

  it('refuses an answer after the deadline, and a late submit returns the drill the clock finished', () => {
    const state = start();
    expectDrillError(
      () => applyDrillAction(state, { type: 'choose', question: 0, option: 'A' }, T0 + 6 * MINUTE),
      'DRILL_FINISHED',
    );
    const submitted = applyDrillAction(state, { type: 'submit' }, T0 + 6 * MINUTE);
    expect(submitted.finishReason).toBe('time-up');
    expect(submitted.finishedAt).toBe(T0 + 5 * MINUTE);
  });
});

describe('per-question mode: each question has its own countdown', () => {
  const limitMs = 30_000;
  const start = () => startDrill(configFor({ kind: 'per-question', limitMs }), items, T0, 3);

  it('locks a question at zero as timed out and moves on', () => {
    const state = tick(start(), T0 + limitMs);
    expect(state.current).toBe(1);
    expect(state.questions[0]!.timedOut).toBe(true);
    expect(state.questions[0]!.spentMs).toBe(limitMs);
    expect(questionGrid(state)[0]!.status).toBe('timed-out');
    expect(remainingTime(state, T0 + limitMs + 5_000)).toBe(limitMs - 5_000);
  });

  it('keeps an answer chosen before the time ran out', () => {
    let state = start();
    state = applyDrillAction(
      state,
      { type: 'choose', question: 0, option: correctShown(state, 0) },
      T0 + 1_000,
    );
    state = tick(state, T0 + limitMs);
    expect(state.questions[0]!.timedOut).toBe(true);
    expect(questionGrid(state)[0]!.status).toBe('answered');
  });

  it('refuses an answer meant for a question the drill has moved on from, and going back to it', () => {
    const state = start();
    expectDrillError(
      () => applyDrillAction(state, { type: 'choose', question: 0, option: 'A' }, T0 + limitMs + 1),
      'NOT_CURRENT_QUESTION',
    );
    const movedOn = tick(state, T0 + limitMs + 1);
    expectDrillError(
      () => applyDrillAction(movedOn, { type: 'go', question: 0 }, T0 + limitMs + 2),
      'QUESTION_LOCKED',
    );
    expectDrillError(
      () => applyDrillAction(movedOn, { type: 'previous' }, T0 + limitMs + 2),
      'NO_PREVIOUS_QUESTION',
    );
  });

  it('applies several timeouts at their own deadlines when ticked late, and gives each question its own budget', () => {
    let state = start();
    state = applyDrillAction(state, { type: 'next' }, T0 + 10_000); // question 1 had 10 s
    state = applyDrillAction(state, { type: 'previous' }, T0 + 15_000); // question 2 had 5 s
    // Question 1 has 20 s left (deadline T0 + 35 s), question 2 then has 25 s (deadline T0 + 60 s).
    state = tick(state, T0 + 61_000);
    expect(state.questions.slice(0, 3).map((question) => question.timedOut)).toEqual([true, true, false]);
    expect(state.current).toBe(2);
    expect(questionTimeSpent(state, 2, T0 + 61_000)).toBe(1_000);
    expect(elapsedTime(state, T0 + 61_000)).toBe(61_000);
  });

  it('submits itself when the last open question times out', () => {
    const state = tick(start(), T0 + 7 * limitMs + 123);
    expect(state.status).toBe('finished');
    expect(state.finishReason).toBe('time-up');
    expect(state.finishedAt).toBe(T0 + 7 * limitMs);
    expect(
      drillResult(state).questions.every(
        (question) => question.timedOut && question.outcome === 'unanswered',
      ),
    ).toBe(true);
  });

  it('skips locked questions when moving', () => {
    let state = start();
    state = applyDrillAction(state, { type: 'go', question: 2 }, T0 + 1_000);
    state = applyDrillAction(state, { type: 'go', question: 1 }, T0 + 2_000);
    state = tick(state, T0 + 2_000 + limitMs); // question 2 locks; question 3 still has time
    expect(state.current).toBe(2);
    state = applyDrillAction(state, { type: 'previous' }, T0 + 2_000 + limitMs);
    expect(state.current).toBe(0);
    state = applyDrillAction(state, { type: 'next' }, T0 + 2_000 + limitMs);
    expect(state.current).toBe(2);
  });
});

describe('practice mode', () => {
  it('has no countdown and never finishes by itself', () => {
    const state = startDrill(configFor({ kind: 'practice' }), items, T0, 3);
    expect(remainingTime(state, T0 + 99 * MINUTE)).toBeNull();
    expect(tick(state, T0 + 99 * MINUTE).status).toBe('running');
    expect(elapsedTime(state, T0 + 99 * MINUTE)).toBe(99 * MINUTE);
  });
});
