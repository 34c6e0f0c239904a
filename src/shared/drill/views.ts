import { type McqOption, isMultipleAnswer } from '../deck/item.ts';
import type { LocalizedText } from '../deck/localized-text.ts';
import { DrillError } from './drill-error.ts';
import { type DrillQuestion, type DrillState, displayLetter } from './drill-state.ts';

/** One question as the drill screen shows it: options in their shuffled order under display letters. */
export interface QuestionView {
  index: number;
  total: number;
  itemId: string;
  stem: LocalizedText;
  /** More than one option may be chosen (show check boxes, not radio buttons). */
  multiple: boolean;
  options: { letter: string; text: LocalizedText; chosen: boolean }[];
  marked: boolean;
  /** Its own timer ran out: shown read-only. */
  locked: boolean;
}

/** The question at `index` (the one on screen by default) for display. */
export function questionView(state: DrillState, index: number = state.current): QuestionView {
  const question = state.questions[index];
  if (!question) throw new DrillError('QUESTION_OUT_OF_RANGE', `questionView: no question ${index}`);
  return {
    index,
    total: state.questions.length,
    itemId: question.item.id,
    stem: question.item.stem,
    multiple: isMultipleAnswer(question.item),
    options: question.optionOrder.map((own, position) => ({
      letter: displayLetter(position),
      text: optionOf(question, own).text,
      chosen: question.chosen.includes(own),
    })),
    marked: question.marked,
    locked: question.timedOut,
  };
}

/** A square of the question grid. */
export interface GridCell {
  index: number;
  status: GridStatus;
  marked: boolean;
  current: boolean;
}

/** `timed-out`: its own timer ran out with nothing chosen. */
export type GridStatus = 'answered' | 'unanswered' | 'timed-out';

/** The grid of all questions, in the order asked. */
export function questionGrid(state: DrillState): GridCell[] {
  return state.questions.map((question, index) => ({
    index,
    status: question.chosen.length > 0 ? 'answered' : question.timedOut ? 'timed-out' : 'unanswered',
    marked: question.marked,
    current: index === state.current,
  }));
}

/** Counts for the grid's legend and the "submit with N unanswered?" prompt. */
export interface DrillProgress {
  total: number;
  answered: number;
  unanswered: number;
  marked: number;
}

export function drillProgress(state: DrillState): DrillProgress {
  const answered = state.questions.filter((question) => question.chosen.length > 0).length;
  return {
    total: state.questions.length,
    answered,
    unanswered: state.questions.length - answered,
    marked: state.questions.filter((question) => question.marked).length,
  };
}

/** The item's option with its own letter `own` (always present: optionOrder is built from the options). */
export function optionOf(question: DrillQuestion, own: string): McqOption {
  const option = question.item.options.find((candidate) => candidate.letter === own);
  if (!option) throw new DrillError('INVALID_STATE', `item ${question.item.id} has no option ${own}`);
  return option;
}
