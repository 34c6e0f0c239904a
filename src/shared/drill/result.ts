import type { LocalizedText } from '../deck/localized-text.ts';
import type { DrillConfig } from './drill-config.ts';
import { DrillError } from './drill-error.ts';
import { type DrillQuestion, type DrillState, type FinishReason, displayLetter } from './drill-state.ts';
import { optionOf } from './views.ts';

/** `unanswered`: nothing chosen (including a question whose timer ran out). Unanswered counts as not correct. */
export type QuestionOutcome = 'correct' | 'wrong' | 'unanswered';

/** One question's result; letters are the item's own (as in the homework), not the shuffled display letters. */
export interface QuestionResult {
  itemId: string;
  outcome: QuestionOutcome;
  chosen: string[];
  answer: string[];
  timedOut: boolean;
  marked: boolean;
  spentMs: number;
}

/** The outcome of a finished drill, compact and JSON-able: what the history keeps. */
export interface DrillResult {
  sessionId: string;
  config: DrillConfig;
  startedAt: number;
  finishedAt: number;
  /** Active time, pauses left out. */
  totalMs: number;
  finishReason: FinishReason;
  /** Questions answered correctly: exactly the answer's options, no partial credit. */
  score: number;
  total: number;
  questions: QuestionResult[];
}

/** The result of a finished drill. Throws DrillError DRILL_NOT_FINISHED while it is still going. */
export function drillResult(state: DrillState): DrillResult {
  const finished = requireFinished(state, 'drillResult');
  const questions = state.questions.map(questionResult);
  return {
    sessionId: state.id,
    config: state.config,
    startedAt: state.startedAt,
    finishedAt: finished.finishedAt,
    totalMs: state.elapsedMs,
    finishReason: finished.finishReason,
    score: questions.filter((question) => question.outcome === 'correct').length,
    total: questions.length,
    questions,
  };
}

function questionResult(question: DrillQuestion): QuestionResult {
  return {
    itemId: question.item.id,
    outcome: outcomeOf(question),
    chosen: question.chosen,
    answer: [...question.item.answer],
    timedOut: question.timedOut,
    marked: question.marked,
    spentMs: question.spentMs,
  };
}

function outcomeOf(question: DrillQuestion): QuestionOutcome {
  if (question.chosen.length === 0) return 'unanswered';
  const answer = question.item.answer;
  const exact =
    question.chosen.length === answer.length && question.chosen.every((own) => answer.includes(own));
  return exact ? 'correct' : 'wrong';
}

/** An option in the review, in the order it was shown, with both its display letter and its own letter. */
export interface ReviewOption {
  letter: string;
  ownLetter: string;
  text: LocalizedText;
  /** Why it is right or wrong. */
  rationale: LocalizedText;
  chosen: boolean;
  correct: boolean;
}

/** One question of the review: what was asked, what was chosen, what was right, and why. */
export interface ReviewEntry extends QuestionResult {
  index: number;
  stem: LocalizedText;
  options: ReviewOption[];
  explanation: LocalizedText;
}

/**
 * The review of a finished drill, every question in the order asked, or only those not answered correctly
 * (`'missed'`: wrong or unanswered). Throws DrillError DRILL_NOT_FINISHED while the drill is going.
 */
export function reviewList(state: DrillState, which: 'all' | 'missed' = 'all'): ReviewEntry[] {
  requireFinished(state, 'reviewList');
  const entries = state.questions.map((question, index): ReviewEntry => ({
    ...questionResult(question),
    index,
    stem: question.item.stem,
    options: question.optionOrder.map((own, position) => {
      const option = optionOf(question, own);
      return {
        letter: displayLetter(position),
        ownLetter: own,
        text: option.text,
        rationale: option.rationale,
        chosen: question.chosen.includes(own),
        correct: question.item.answer.includes(own),
      };
    }),
    explanation: question.item.explanation,
  }));
  return which === 'all' ? entries : entries.filter((entry) => entry.outcome !== 'correct');
}

/**
 * "Retry the wrong ones": the same drill settings over exactly the questions answered wrongly or left
 * unanswered, all of them (no count). Null when every answer was right. Start it with startDrill and a new seed.
 */
export function retryWrongConfig(result: DrillResult): DrillConfig | null {
  const itemIds = result.questions
    .filter((question) => question.outcome !== 'correct')
    .map((question) => question.itemId);
  if (itemIds.length === 0) return null;
  const { count: _count, ...rest } = result.config;
  return { ...rest, selection: { kind: 'items', itemIds } };
}

function requireFinished(
  state: DrillState,
  asker: string,
): { finishedAt: number; finishReason: FinishReason } {
  if (state.status !== 'finished' || state.finishedAt === null || state.finishReason === null) {
    throw new DrillError(
      'DRILL_NOT_FINISHED',
      `${asker}: drill ${state.id} is ${state.status}, not finished`,
    );
  }
  return { finishedAt: state.finishedAt, finishReason: state.finishReason };
}
