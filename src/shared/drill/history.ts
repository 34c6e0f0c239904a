import type { DrillModeKind, PastAnswer } from './drill-config.ts';
import type { FinishReason } from './drill-state.ts';
import type { DrillResult } from './result.ts';

/** One row of the history screen. */
export interface HistorySummary {
  sessionId: string;
  deckId: string;
  startedAt: number;
  finishedAt: number;
  score: number;
  total: number;
  /** score / total as a whole percentage, rounded. */
  percent: number;
  /** Active time, pauses left out. */
  durationMs: number;
  mode: DrillModeKind;
  finishReason: FinishReason;
}

/** History rows for finished drills, newest first. */
export function historySummaries(results: readonly DrillResult[]): HistorySummary[] {
  return results
    .map((result) => ({
      sessionId: result.sessionId,
      deckId: result.config.deckId,
      startedAt: result.startedAt,
      finishedAt: result.finishedAt,
      score: result.score,
      total: result.total,
      percent: result.total === 0 ? 0 : Math.round((100 * result.score) / result.total),
      durationMs: result.totalMs,
      mode: result.config.mode.kind,
      finishReason: result.finishReason,
    }))
    .sort((first, second) => second.finishedAt - first.finishedAt);
}

/** Every answer given in these drills, for the `missed` selection (unanswered counts as missed). */
export function pastAnswersOf(results: readonly DrillResult[]): PastAnswer[] {
  return results.flatMap((result) =>
    result.questions.map((question) => ({
      itemId: question.itemId,
      correct: question.outcome === 'correct',
      at: result.finishedAt,
    })),
  );
}
