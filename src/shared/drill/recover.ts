import type { DrillState, FinishReason } from './drill-state.ts';

/** What an answer row keeps of one question of a finished drill (lib/db's DrillAnswerRecord has these). */
export interface StoredAnswer {
  itemId: string;
  chosen: string[];
  spentMs: number;
  at: number;
}

/**
 * The drill as it was finished, rebuilt from its answer rows. Rows are written only together with a finished
 * drill's result, in one transaction; rows beside an unfinished drill mean that a later write put an older
 * state over the result (two windows before revisions existed: issue 12, item 1). Each question takes its
 * row's choice and time, and the drill finishes at the rows' time: as `time-up` when an exam's time was used
 * up, otherwise as submitted. Null when the rows do not fit the drill (a question without a row, a row for
 * no question, a letter the item does not have): such rows cannot be trusted.
 */
export function finishFromAnswers(state: DrillState, answers: readonly StoredAnswer[]): DrillState | null {
  const byItem = new Map(answers.map((answer) => [answer.itemId, answer]));
  if (byItem.size !== answers.length || answers.length !== state.questions.length) return null;
  const questions = [];
  for (const question of state.questions) {
    const answer = byItem.get(question.item.id);
    const letters = question.item.options.map((option) => option.letter);
    if (!answer || !answer.chosen.every((letter) => letters.includes(letter))) return null;
    if (!(Number.isFinite(answer.spentMs) && answer.spentMs >= 0)) return null;
    questions.push({ ...question, chosen: [...answer.chosen], spentMs: answer.spentMs });
  }
  const finishedAt = Math.max(...answers.map((answer) => answer.at));
  if (!Number.isFinite(finishedAt)) return null;
  const elapsedMs = questions.reduce((sum, question) => sum + question.spentMs, 0);
  const mode = state.config.mode;
  const reason: FinishReason = mode.kind === 'exam' && elapsedMs >= mode.limitMs ? 'time-up' : 'submitted';
  return {
    ...state,
    questions,
    status: 'finished',
    activeSince: null,
    elapsedMs,
    lastSeenAt: Math.max(state.lastSeenAt, finishedAt),
    finishedAt,
    finishReason: reason,
  };
}
