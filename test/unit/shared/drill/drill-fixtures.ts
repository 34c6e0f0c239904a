import { expect } from 'vitest';
import type { McqItem } from '../../../../src/shared/deck/item.ts';
import { homework2Deck, homework2Mcqs } from '../../../../src/shared/deck/seed/homework2.ts';
import type { DrillConfig, DrillMode } from '../../../../src/shared/drill/drill-config.ts';
import { DrillError, type DrillErrorCode } from '../../../../src/shared/drill/drill-error.ts';
import type { DrillState } from '../../../../src/shared/drill/drill-state.ts';
import { displayLetter } from '../../../../src/shared/drill/drill-state.ts';

export const items: readonly McqItem[] = homework2Mcqs;
export const T0 = 1_700_000_000_000;
export const MINUTE = 60_000;

export function configFor(mode: DrillMode, extra: Partial<DrillConfig> = {}): DrillConfig {
  return {
    deckId: homework2Deck.id,
    selection: { kind: 'all' },
    mode,
    shuffleOptions: true,
    shuffleQuestions: false,
    ...extra,
  };
}

/** The display letter under which the question at `index` shows its item's own letter `own`. */
export function shownAs(state: DrillState, index: number, own: string): string {
  const position = state.questions[index]!.optionOrder.indexOf(own);
  if (position < 0) throw new Error(`question ${index} has no option ${own}`);
  return displayLetter(position);
}

/** The display letter of the correct option of the question at `index` (single-answer questions). */
export function correctShown(state: DrillState, index: number): string {
  return shownAs(state, index, state.questions[index]!.item.answer[0]!);
}

/** A wrong option's own letter for an item. */
export function wrongLetter(item: McqItem): string {
  return item.options.find((option) => !item.answer.includes(option.letter))!.letter;
}

/** Expects `run` to throw a DrillError with this code. */
export function expectDrillError(run: () => unknown, code: DrillErrorCode): void {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(DrillError);
  expect((thrown as DrillError).code).toBe(code);
}
