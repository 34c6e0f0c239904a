import { describe, expect, it } from 'vitest';
import { applyDrillAction, finishDrill } from '../../../../src/shared/drill/actions.ts';
import type { DrillState } from '../../../../src/shared/drill/drill-state.ts';
import { drillResult, reviewList } from '../../../../src/shared/drill/result.ts';
import { startDrill } from '../../../../src/shared/drill/start.ts';
import { questionView } from '../../../../src/shared/drill/views.ts';
import {
  T0,
  configFor,
  correctShown,
  expectDrillError,
  items,
  shownAs,
  wrongLetter,
} from './drill-fixtures.ts';

/** Answers every question by choosing the display letter `pick` gives, moving on after each, then submits. */
function answerAll(state: DrillState, pick: (state: DrillState, index: number) => string): DrillState {
  let next = state;
  let now = T0;
  next.questions.forEach((_question, index) => {
    now += 1000;
    next = applyDrillAction(next, { type: 'choose', question: index, option: pick(next, index) }, now);
    if (index < next.questions.length - 1) next = applyDrillAction(next, { type: 'next' }, now);
  });
  return finishDrill(next, now + 1000);
}

describe('scoring with shuffled options', () => {
  it('scores 7/7 when every question is answered by the homework key (B, C, B, B, A, D, D)', () => {
    const state = startDrill(configFor({ kind: 'practice' }), items, T0, 2024);
    const result = drillResult(answerAll(state, correctShown));
    expect(result.score).toBe(7);
    expect(result.total).toBe(7);
    expect(result.questions.map((question) => question.chosen.join(''))).toEqual([
      'B',
      'C',
      'B',
      'B',
      'A',
      'D',
      'D',
    ]);
    expect(result.questions.every((question) => question.outcome === 'correct')).toBe(true);
  });

  it('maps a display letter back to the item’s own letter', () => {
    const state = startDrill(configFor({ kind: 'practice' }), items, T0, 77);
    const shown = shownAs(state, 0, 'C');
    const answered = applyDrillAction(state, { type: 'choose', question: 0, option: shown }, T0);
    expect(answered.questions[0]!.chosen).toEqual(['C']);
    const view = questionView(answered);
    expect(view.options.find((option) => option.chosen)?.letter).toBe(shown);
    expect(view.options.find((option) => option.chosen)?.text).toEqual(items[0]!.options[2]!.text);
  });

  it('keeps the option order fixed for a seed and varies it across seeds', () => {
    const orders = (seed: number) =>
      startDrill(configFor({ kind: 'practice' }), items, T0, seed).questions.map((question) =>
        question.optionOrder.join(''),
      );
    expect(orders(5)).toEqual(orders(5));
    expect(orders(5)).not.toEqual(orders(6));
    const unshuffled = startDrill(configFor({ kind: 'practice' }, { shuffleOptions: false }), items, T0, 5);
    expect(unshuffled.questions.every((question) => question.optionOrder.join('') === 'ABCD')).toBe(true);
  });

  it('shows one wrong answer in the review, with the explanation and why the chosen option is wrong', () => {
    const state = startDrill(configFor({ kind: 'practice' }), items, T0, 9);
    const finished = answerAll(state, (current, index) =>
      index === 3
        ? shownAs(current, index, wrongLetter(current.questions[index]!.item))
        : correctShown(current, index),
    );
    expect(drillResult(finished).score).toBe(6);
    const missed = reviewList(finished, 'missed');
    expect(missed).toHaveLength(1);
    const [entry] = missed;
    expect(entry!.itemId).toBe('hw2-mcq-4');
    expect(entry!.outcome).toBe('wrong');
    expect(entry!.chosen).toEqual(['A']);
    expect(entry!.answer).toEqual(['B']);
    expect(entry!.explanation.zh).toContain('链式法则');
    const chosen = entry!.options.find((option) => option.chosen)!;
    expect(chosen.ownLetter).toBe('A');
    expect(chosen.correct).toBe(false);
    expect(chosen.rationale.en).toMatch(/^Wrong\./);
    expect(entry!.options.find((option) => option.correct)!.ownLetter).toBe('B');
    expect(reviewList(finished)).toHaveLength(7);
  });

  it('counts an unanswered question as not correct, and needs the exact set on a multiple-answer question', () => {
    const multiple = { ...items[0]!, id: 'multi', answer: ['A', 'C'] };
    let state = startDrill(
      configFor({ kind: 'practice' }, { shuffleOptions: false }),
      [multiple, items[1]!],
      T0,
      1,
    );
    state = applyDrillAction(state, { type: 'choose', question: 0, option: 'C' }, T0);
    state = applyDrillAction(state, { type: 'choose', question: 0, option: 'A' }, T0);
    expect(state.questions[0]!.chosen).toEqual(['A', 'C']);
    expect(drillResult(finishDrill(state, T0 + 1)).questions.map((question) => question.outcome)).toEqual([
      'correct',
      'unanswered',
    ]);
    const toggledOff = applyDrillAction(state, { type: 'choose', question: 0, option: 'C' }, T0);
    expect(toggledOff.questions[0]!.chosen).toEqual(['A']);
    expect(drillResult(finishDrill(toggledOff, T0 + 1)).questions[0]!.outcome).toBe('wrong');
  });

  it('changes a single answer on a second choice and clears it on request', () => {
    let state = startDrill(configFor({ kind: 'practice' }, { shuffleOptions: false }), items, T0, 1);
    state = applyDrillAction(state, { type: 'choose', question: 0, option: 'A' }, T0);
    state = applyDrillAction(state, { type: 'choose', question: 0, option: 'd' }, T0);
    expect(state.questions[0]!.chosen).toEqual(['D']);
    state = applyDrillAction(state, { type: 'clear', question: 0 }, T0);
    expect(state.questions[0]!.chosen).toEqual([]);
  });

  it('refuses an option that does not exist, answering a finished drill, and a result before the end', () => {
    const state = startDrill(configFor({ kind: 'practice' }), items, T0, 1);
    expectDrillError(
      () => applyDrillAction(state, { type: 'choose', question: 0, option: 'E' }, T0),
      'UNKNOWN_OPTION',
    );
    expectDrillError(
      () => applyDrillAction(state, { type: 'choose', question: 0, option: '1' }, T0),
      'UNKNOWN_OPTION',
    );
    expectDrillError(
      () => applyDrillAction(state, { type: 'choose', question: 9, option: 'A' }, T0),
      'QUESTION_OUT_OF_RANGE',
    );
    expectDrillError(
      () => applyDrillAction(state, { type: 'choose', question: 1, option: 'A' }, T0),
      'NOT_CURRENT_QUESTION',
    );
    expectDrillError(() => drillResult(state), 'DRILL_NOT_FINISHED');
    expectDrillError(() => reviewList(state), 'DRILL_NOT_FINISHED');
    const finished = finishDrill(state, T0 + 5);
    expectDrillError(
      () => applyDrillAction(finished, { type: 'choose', question: 0, option: 'A' }, T0 + 6),
      'DRILL_FINISHED',
    );
    expectDrillError(() => finishDrill(finished, T0 + 6), 'DRILL_FINISHED');
    expectDrillError(() => applyDrillAction(state, { type: 'jump' } as never, T0), 'UNKNOWN_ACTION');
  });
});
